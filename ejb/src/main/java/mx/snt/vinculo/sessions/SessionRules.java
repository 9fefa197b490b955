package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.MexicoCity;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

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

    /** Dates as messages show them: 08/12/2026. */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Hours as messages show them: 10:00. */
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * The earliest a session may start: {@code lead} before the hour convened, but on its own
     * day (Mexico City time), never the day before.
     */
    public static Instant earliestStart(Instant startsAt, Duration lead) {
        Instant early = startsAt.minus(lead);
        Instant dayStart = startsAt.atZone(MexicoCity.ZONE).toLocalDate().atStartOfDay(MexicoCity.ZONE).toInstant();
        return early.isBefore(dayStart) ? dayStart : early;
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
