package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;

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

    /** The longest stenographic version kept as text (a longer one goes as a file). */
    public static final int MAX_STENO = 1_000_000;

    /** A recording's chapters lie within a day of its start. */
    static final int MAX_OFFSET = 24 * 3600;

    /** Seconds from the session's start to the moment an item is taken up (never negative). */
    static int chapterOffset(Instant startedAt, Instant takenUp) {
        long s = Duration.between(startedAt, takenUp).getSeconds();
        return (int) Math.max(0, Math.min(s, MAX_OFFSET));
    }

    /** A chapter's offset as the secretary edits it: null (none) or 0 to a day, in seconds. */
    static Integer checkedOffset(Integer seconds, int durationMinutes) {
        if (seconds != null && (seconds < 0 || seconds > MAX_OFFSET)) {
            throw new ValidationException("session.chapter.range");
        }
        return seconds;
    }

    /**
     * "h:mm:ss" or "mm:ss" or plain seconds, as a person types a chapter's start; null for blank.
     * Throws a validation error for anything else.
     */
    public static Integer parseOffset(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split(":", -1);
        if (parts.length > 3) {
            throw new ValidationException("session.chapter.format", text.strip());
        }
        long total = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 6 || !p.chars().allMatch(Character::isDigit)) {
                throw new ValidationException("session.chapter.format", text.strip());
            }
            int v = Integer.parseInt(p);
            if (i > 0 && v > 59) {
                throw new ValidationException("session.chapter.format", text.strip());
            }
            total = total * 60 + v;
        }
        if (total > MAX_OFFSET) {
            throw new ValidationException("session.chapter.range");
        }
        return (int) total;
    }

    /** A chapter's start as people read it: "1:05:09" or "05:09". */
    public static String formatOffset(Integer seconds) {
        if (seconds == null) {
            return "";
        }
        int h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%02d:%02d", m, s);
    }
}
