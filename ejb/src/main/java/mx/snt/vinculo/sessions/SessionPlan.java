package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.visibility.Visibility;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * What a secretary fills in to plan or reschedule a session; date and time are Mexico City's.
 * {@code visibility} (planning only; null is PRIVATE) makes a session public from the start: anyone
 * follows it live ({@code /en-vivo/{id}}), as the public sessions of a plenary are followed.
 * Its static helpers are the field checks of sessions (their message keys are the ones the
 * pages and the API have always shown).
 */
public record SessionPlan(long workspaceId, SessionKind kind, String title, LocalDate date, LocalTime time,
                          Integer durationMinutes, String place, String remoteUrl, String livestreamUrl,
                          boolean remoteVoting, Visibility visibility) {

    /** A session only its workspace's members see until it is published (the default). */
    public SessionPlan(long workspaceId, SessionKind kind, String title, LocalDate date, LocalTime time,
                       Integer durationMinutes, String place, String remoteUrl, String livestreamUrl, boolean remoteVoting) {
        this(workspaceId, kind, title, date, time, durationMinutes, place, remoteUrl, livestreamUrl, remoteVoting, null);
    }

    static final int MAX_TITLE = 300;
    static final int MAX_TEXT = 20_000;

    /** The start instant; refused when the date or the time is missing. */
    public Instant startsAt() {
        if (date == null || time == null) {
            throw new ValidationException("session.when.required");
        }
        return ZonedDateTime.of(date, time, MexicoCity.ZONE).toInstant();
    }

    static int duration(Integer minutes) {
        int m = minutes == null ? 120 : minutes;
        if (m < 15 || m > 24 * 60) {
            throw new ValidationException("session.duration");
        }
        return m;
    }

    static String required(String s, String key, int max) {
        String t = mx.snt.vinculo.common.Fields.text(s);
        if (t.isEmpty()) {
            throw new ValidationException(key);
        }
        if (t.length() > max) {
            throw new ValidationException("session.tooLong", max);
        }
        return t;
    }

    static String strip(String s) {
        String t = mx.snt.vinculo.common.Fields.text(s);
        return t.isEmpty() ? null : t;
    }

    /** Links must be http(s) addresses: anything else is refused rather than shown as a link. */
    static String url(String s) {
        String t = strip(s);
        if (t == null) {
            return null;
        }
        try {
            URI u = URI.create(t);
            if (!("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) || u.getHost() == null
                    || t.length() > 1000) {
                throw new ValidationException("session.url", t);
            }
            return t;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("session.url", t);
        }
    }
}
