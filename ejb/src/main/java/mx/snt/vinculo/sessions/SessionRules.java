package mx.snt.vinculo.sessions;

/** Quorum, acuerdo numbering and vote results: arithmetic with no database. */
public final class SessionRules {

    private SessionRules() {
    }

    /** Quorum: more than half of the base (a base of zero never has quorum). */
    public static boolean hasQuorum(long present, long base) {
        return base > 0 && present * 2 > base;
    }

    /** The least number present for quorum. */
    public static long quorumNeeded(long base) {
        return base / 2 + 1;
    }

    /**
     * The stable acuerdo number: body / SO or SE / session number / year / item position,
     * e.g. {@code CVPDCS/SO/03/2026/04}.
     */
    public static String acuerdoNumber(String body, SessionKind kind, int sessionNumber, int year, int itemPosition) {
        return String.format("%s/%s/%02d/%d/%02d", body, kind.code(), sessionNumber, year, itemPosition);
    }

    /** Simple majority of the votes cast: more for than against; a tie does not pass. */
    public static boolean approved(long votesFor, long votesAgainst) {
        return votesFor > votesAgainst;
    }

    /** How a session is named everywhere (pages, calendars, PNT records): "SO 03/2026". */
    public static String label(SessionKind kind, int number, int year) {
        return kind.code() + " " + String.format("%02d", number) + "/" + year;
    }
}
