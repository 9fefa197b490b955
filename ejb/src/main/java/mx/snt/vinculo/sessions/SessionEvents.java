package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.outbox.EventPayload;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.visibility.Visibility;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * The outbox events of sessions: the convocation and its updates (read by the notices module:
 * {@code path}, {@code title}, {@code ics}, {@code recipients}, the agenda, {@code changes}), the
 * published session, and what
 * the PNT receives of a published session (each acuerdo and the acta, with their {@code pnt}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SessionEvents {

    /** Where the acta's PDF is served (a download, not a page). */
    static String actaPdfPath(long sessionId) {
        return "/sesiones/acta/" + sessionId + ".pdf";
    }

    @EJB
    private Outbox outbox;

    @EJB
    private SessionRepository sessions;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "vinculo.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** The organizer's address in calendars: the hub's own sender (bodies have no address of their own here). */
    @Inject
    @ConfigProperty(name = "vinculo.mail.from", defaultValue = "vinculo@localhost")
    private String organizer;

    /** The convocation, to every member of the session's workspace. */
    public void convened(Session s) {
        outbox.record("session.convened", "Session", s.getId(), s.getVersion(), s.getWorkspace().getId(), convocation(s).build());
    }

    /**
     * The updated convocation of a convened session (date, time, place or agenda changed): what
     * changed, the agenda as it is now and the .ics with the same UID and a higher SEQUENCE. A
     * planned session has no convocation yet, so nothing is sent for it.
     */
    public void convocationUpdated(Session s, List<ConvocationChange> changes) {
        if (changes.isEmpty() || (s.getState() != SessionState.CONVENED && s.getState() != SessionState.CANCELLED)) {
            return;
        }
        JsonArrayBuilder what = JSON.createArrayBuilder();
        for (ConvocationChange c : changes) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("what", c.what().name());
            if (c.before() != null) {
                o.add("before", c.before());
            }
            if (c.after() != null) {
                o.add("after", c.after());
            }
            what.add(o);
        }
        outbox.record("session.convocationUpdated", "Session", s.getId(), s.getVersion(), s.getWorkspace().getId(),
                convocation(s).add("changes", what).build());
    }

    /** Where an agenda item's document is downloaded (after the session's visibility check). */
    static String documentPath(long sessionId, long fileId) {
        return "/sesiones/archivo/" + sessionId + "/" + fileId;
    }

    /** The iCalendar text of one session, as a download and in a convocation. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String ics(Session s) {
        return SessionCalendar.single(s, sessions.documents(s.getId()), calendarContext());
    }

    /** The session's .ics for someone who does not sit in it (the public): without the remote-meeting link. */
    public String publicIcs(Session s) {
        return SessionCalendar.single(s, sessions.documents(s.getId()), calendarContext().withoutMeetingLink());
    }

    /** The feed of several sessions, with the same links and organizer as a single session's. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String feed(List<Session> list) {
        return SessionCalendar.feed(list, calendarContext());
    }

    /** The public calendar of these (public) sessions: no remote-meeting link. */
    public String publicFeed(List<Session> list) {
        return SessionCalendar.publicFeed(list, calendarContext());
    }

    private SessionCalendar.Context calendarContext() {
        return new SessionCalendar.Context(baseUrl, organizer);
    }

    /**
     * What a convocation says (read by the notices module): the body, the session's number,
     * when, where, the remote-meeting link, the agenda with each item's documents, the .ics, and
     * the recipients (every member of the workspace).
     */
    private JsonObjectBuilder convocation(Session s) {
        JsonArrayBuilder to = JSON.createArrayBuilder();
        sessions.recipients(s.getWorkspace().getId()).forEach(to::add);
        Map<Long, List<FileRef>> documents = sessions.documents(s.getId());
        // The order of the day goes in the convocation mail itself, not only behind the link.
        JsonArrayBuilder agenda = JSON.createArrayBuilder();
        for (AgendaItem i : s.getItems()) {
            JsonArrayBuilder docs = JSON.createArrayBuilder();
            for (FileRef f : documents.getOrDefault(i.getId(), List.of())) {
                docs.add(JSON.createObjectBuilder().add("name", f.name()).add("path", documentPath(s.getId(), f.id())));
            }
            agenda.add(JSON.createObjectBuilder().add("position", i.getPosition()).add("title", i.getTitle())
                    .add("presenter", i.getPresenter() == null ? "" : i.getPresenter()).add("documents", docs));
        }
        return base(s, "SESSION").add("notice", "CONVOCATION").add("recipients", to).add("agenda", agenda)
                .add("workspaceName", s.getWorkspace().getName()).add("sessionLabel", s.label())
                .add("startsAt", s.getStartsAt().toString()).add("durationMinutes", s.getDurationMinutes())
                .add("place", s.getPlace()).add("remoteUrl", s.getRemoteUrl() == null ? "" : s.getRemoteUrl())
                .add("state", s.getState().name()).add("icsSequence", s.getIcsSequence())
                .add("ics", SessionCalendar.single(s, documents, calendarContext()));
    }

    /** The session became public before its publication (its convocation and transmission): the public site shows it. */
    public void announced(Session s) {
        outbox.record("session.announced", "Session", s.getId(), s.getVersion(), s.getWorkspace().getId(),
                base(s, "SESSION").add("startsAt", s.getStartsAt().toString()).add("state", s.getState().name())
                        .add("livestreamUrl", s.getLivestreamUrl() == null ? "" : s.getLivestreamUrl()).build());
    }

    public void published(Session s) {
        outbox.record("session.published", "Session", s.getId(), s.getVersion(), s.getWorkspace().getId(),
                base(s, "SESSION").add("startsAt", s.getStartsAt().toString())
                        .add("recordingUrl", s.getRecordingUrl() == null ? "" : s.getRecordingUrl()).build());
    }

    /** acuerdo.published for each acuerdo and acta.published, with what the PNT needs ({@code pnt}). */
    public void toPnt(Session s, List<Acuerdo> acuerdos, Long actaFileId) {
        String date = MexicoCity.dayOf(s.getStartsAt()).toString();
        String label = s.label();
        for (Acuerdo a : acuerdos) {
            outbox.record("acuerdo.published", "Acuerdo", a.getId(), 1, s.getWorkspace().getId(),
                    EventPayload.of("ACUERDO", a.getId(), a.getNumber(), PagePaths.session(s.getId()), s.getWorkspace().getId(),
                                    Visibility.PUBLIC, clock.instant())
                            .add("pnt", JSON.createObjectBuilder().add("number", a.getNumber()).add("date", date)
                                    .add("session", label).add("text", a.getText()))
                            .build());
        }
        JsonObjectBuilder pnt = JSON.createObjectBuilder().add("sessionNumber", label).add("date", date)
                .add("sessionType", s.getKind().sipotLabel()).add("actaPath", actaPdfPath(s.getId()))
                .add("recordingUrl", s.getRecordingUrl() == null ? "" : s.getRecordingUrl());
        if (actaFileId != null) {
            pnt.add("fileId", actaFileId);
        }
        outbox.record("acta.published", "Acta", s.getId(), s.getVersion(), s.getWorkspace().getId(),
                base(s, "ACTA").add("pnt", pnt).build());
    }

    private JsonObjectBuilder base(Session s, String kind) {
        return EventPayload.of(kind, s.getId(), s.getTitle(), PagePaths.session(s.getId()), s.getWorkspace().getId(),
                s.getVisibility(), clock.instant());
    }
}
