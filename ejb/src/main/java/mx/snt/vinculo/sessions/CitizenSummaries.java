package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.outbox.EventPayload;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * The plain-language summaries ("en lenguaje ciudadano") of a session and of its acuerdos, with their
 * translations into indigenous languages. Whoever drives the session writes them (its secretary or an admin:
 * {@link SessionAccess#manageable}); every change is audited, and a change to something public goes to the
 * outbox ({@code summary.published}) in the same transaction, like everything else the public reads.
 */
@Stateless
public class CitizenSummaries {

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private SessionAssembler assembler;

    @EJB
    private AuditTrail audit;

    @EJB
    private Outbox outbox;

    @Inject
    private Clock clock;

    /** One acuerdo's summary as its editor shows it. */
    public record AcuerdoSummary(long acuerdoId, String number, String text, CitizenSummary summary) implements java.io.Serializable {
    }

    /** The session's summary and its acuerdos' summaries, for the secretary's editor. */
    public record Drafts(CitizenSummary session, List<AcuerdoSummary> acuerdos) implements java.io.Serializable {
    }

    public Drafts drafts(long sessionId) {
        Session s = access.manageable(callers.current(), sessionId, null);
        List<AcuerdoSummary> out = new ArrayList<>();
        for (Acuerdo a : s.getAcuerdos()) {
            out.add(new AcuerdoSummary(a.getId(), a.getNumber(), a.getText(), a.citizenSummary()));
        }
        return new Drafts(s.citizenSummary(), List.copyOf(out));
    }

    /**
     * Saves the session's summary and those of its acuerdos ({@code acuerdos}: acuerdo id → summary; an acuerdo
     * not named keeps its own; {@code session} null keeps the session's) against the version the editor read; only what changed is audited and published.
     */
    public SessionDetail save(long sessionId, long version, CitizenSummary session, Map<Long, CitizenSummary> acuerdos) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, sessionId, version);
        Instant now = clock.instant();
        List<Acuerdo> changed = new ArrayList<>();
        for (Map.Entry<Long, CitizenSummary> e : acuerdos.entrySet()) {
            Acuerdo a = s.getAcuerdos().stream().filter(x -> x.getId().equals(e.getKey())).findFirst().orElse(null);
            if (a == null || !a.citizenSummary().equals(e.getValue())) {
                changed.add(s.summarizeAcuerdo(e.getKey(), e.getValue(), now));
            }
        }
        // No session summary given (the API's "acuerdos only"): the session keeps its own.
        boolean sessionChanged = session != null && !s.citizenSummary().equals(session);
        if (sessionChanged) {
            s.summarize(session, now);
        }
        if (!sessionChanged && changed.isEmpty()) {
            return assembler.detail(s, caller);
        }
        sessions.flush();
        if (sessionChanged) {
            audit.record(caller, "Session", sessionId, "session.summary", null, null, describe(session),
                    SessionAccess.auditScope(s));
            if (s.getVisibility() == Visibility.PUBLIC) {
                outbox.record("summary.published", "Session", sessionId, s.getVersion(), s.getWorkspace().getId(),
                        payload("SESSION", sessionId, s.getTitle(), s, session), "session");
            }
        }
        for (Acuerdo a : changed) {
            audit.record(caller, "Session", sessionId, "acuerdo.summary", null, null, a.getNumber() + ": "
                    + describe(a.citizenSummary()), SessionAccess.auditScope(s));
            if (a.getVisibility() == Visibility.PUBLIC) {
                outbox.record("summary.published", "Acuerdo", a.getId(), s.getVersion(), s.getWorkspace().getId(),
                        payload("ACUERDO", a.getId(), a.getNumber(), s, a.citizenSummary()), "acuerdo");
            }
        }
        return assembler.detail(s, caller);
    }

    /** For the audit trail: the summary's length and its languages, not the whole text. */
    static String describe(CitizenSummary c) {
        if (c.isEmpty()) {
            return "—";
        }
        return c.text().length() + " car." + (c.translations().isEmpty() ? "" : " + " + String.join(", ", c.translations().keySet()));
    }

    private jakarta.json.JsonObject payload(String kind, long id, String title, Session s, CitizenSummary c) {
        JsonObjectBuilder tr = JSON.createObjectBuilder();
        c.translations().forEach(tr::add);
        return EventPayload.of(kind, id, title, PagePaths.session(s.getId()), s.getWorkspace().getId(), Visibility.PUBLIC,
                        clock.instant())
                .add("summary", c.text() == null ? "" : c.text()).add("translations", tr).build();
    }
}
