package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Sessions in calendar programs: one session's iCalendar, and each person's private feed. */
@Stateless
public class SessionCalendars {

    /** A feed shows the sessions of the last year and everything ahead. */
    private static final Duration FEED_PAST = Duration.ofDays(366);
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private AuditTrail audit;

    @EJB
    private SessionEvents events;

    @Inject
    private Clock clock;

    /** One session as iCalendar text. */
    public String ics(long id) {
        Caller caller = callers.current();
        Session s = access.visible(caller, id);
        boolean sits = caller.signedIn() && (caller.memberOf(s.getWorkspace().getId())
                || SessionAccess.canManage(caller, s.getWorkspace().getId()));
        return sits ? events.ics(s) : events.publicIcs(s);
    }

    /** The caller's live calendar feed token, created on first request. */
    public String feedToken() {
        Caller caller = signedIn();
        List<CalendarToken> found = sessions.activeTokens(caller.username());
        return found.isEmpty() ? newToken(caller) : found.get(0).getToken();
    }

    /** Revokes the caller's feed URL and issues a new one. */
    public String renewFeedToken() {
        Caller caller = signedIn();
        Instant now = clock.instant();
        sessions.activeTokens(caller.username()).forEach(t -> t.revoke(now));
        sessions.flush();
        audit.record(caller, "CalendarToken", 0, "session.feed.revoke", null, null, caller.username());
        return newToken(caller);
    }

    /**
     * The private feed of a token: the sessions of the owner's workspaces (no sign-in: the token
     * is the credential). An unknown or revoked token is "not found".
     */
    public String feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            throw new NotFoundException();
        }
        List<CalendarToken> found = sessions.activeToken(token);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        Caller owner = callers.forUsername(found.get(0).getUsername());
        return events.feed(sessions.ofWorkspacesFrom(List.copyOf(owner.workspaceIds()), clock.instant().minus(FEED_PAST)));
    }

    /**
     * The public calendar: every session the public may see (of one workspace, or all), from a year ago on. No
     * sign-in and no token: it holds only what the visibility rule shows anyone.
     */
    public String publicFeed(Long workspaceId) {
        return events.publicFeed(sessions.publicFrom(workspaceId, clock.instant().minus(FEED_PAST), 1000));
    }

    private Caller signedIn() {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new ForbiddenException();
        }
        return caller;
    }

    private String newToken(Caller caller) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        sessions.persist(new CalendarToken(caller.username(), token, clock.instant()));
        sessions.flush();
        return token;
    }
}
