package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.outbox.EventPayload;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Clock;
import java.util.List;

/**
 * The outbox events of sessions: the convocation (read by the notices module: {@code path},
 * {@code title}, {@code ics}, {@code recipients}, the agenda), the published session, and what
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

    public void convened(Session s) {
        JsonArrayBuilder to = Json.createArrayBuilder();
        sessions.recipients(s.getWorkspace().getId()).forEach(to::add);
        // The order of the day goes in the convocation mail itself, not only behind the link.
        JsonArrayBuilder agenda = Json.createArrayBuilder();
        for (AgendaItem i : s.getItems()) {
            agenda.add(Json.createObjectBuilder().add("position", i.getPosition()).add("title", i.getTitle())
                    .add("presenter", i.getPresenter() == null ? "" : i.getPresenter()));
        }
        outbox.record("session.convened", "Session", s.getId(), s.getVersion(), s.getWorkspace().getId(),
                base(s, "SESSION").add("notice", "CONVOCATION").add("recipients", to).add("agenda", agenda)
                        .add("startsAt", s.getStartsAt().toString()).add("place", s.getPlace())
                        .add("ics", SessionCalendar.single(s)).build());
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
                            .add("pnt", Json.createObjectBuilder().add("number", a.getNumber()).add("date", date)
                                    .add("session", label).add("text", a.getText()))
                            .build());
        }
        JsonObjectBuilder pnt = Json.createObjectBuilder().add("sessionNumber", label).add("date", date)
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
