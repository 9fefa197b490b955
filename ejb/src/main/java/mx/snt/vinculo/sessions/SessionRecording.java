package mx.snt.vinculo.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the public sees of a session beyond its acta: announcing it on the public site before it
 * is held (its order of the day and transmission), and, afterwards, the recording's chapters per
 * agenda item and the stenographic version. The secretary's page calls it; the rules are the
 * session's own ({@link Session#announce}, {@link Session#recordingDetails}).
 */
@Stateless
public class SessionRecording {

    @EJB
    private Callers callers;

    @EJB
    private SessionAccess access;

    @EJB
    private SessionRepository sessions;

    @EJB
    private SessionAssembler assembler;

    @EJB
    private SessionEvents events;

    @EJB
    private AuditTrail audit;

    @EJB
    private mx.snt.vinculo.files.FileStore files;

    @Inject
    private Clock clock;

    /** The chapters as the secretary edits them (item id → "mm:ss", blank when none) and the stenographic text. */
    public RecordingDetails details(long id) {
        Session s = access.manageable(callers.current(), id, null);
        Map<Long, String> chapters = new LinkedHashMap<>();
        s.getItems().forEach(i -> chapters.put(i.getId(), SessionRules.formatOffset(i.getRecordingOffset())));
        String stenoFile = s.getStenoFileId() == null ? null : files.ref(s.getStenoFileId()).name();
        return new RecordingDetails(chapters, s.getStenoText(), stenoFile, s.getVisibility() == mx.snt.vinculo.visibility.Visibility.PUBLIC);
    }

    /** Makes a convened or running session public (its acuerdos stay private until it is published). */
    public SessionDetail announce(long id, long version) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        String before = s.getVisibility().name();
        s.announce(clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.announce", before, s.getVisibility().name(), s.getTitle(),
                SessionAccess.auditScope(s));
        events.announced(s);
        return assembler.detail(s, caller);
    }

    /**
     * The chapters (item id → "h:mm:ss", "mm:ss" or seconds; blank clears one) and the stenographic text.
     * A malformed offset is refused with its message and nothing changes.
     */
    public SessionDetail recordingDetails(long id, long version, Map<Long, String> chapters, String stenoText) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        Map<Long, Integer> seconds = new LinkedHashMap<>();
        chapters.forEach((item, text) -> seconds.put(item, SessionRules.parseOffset(text)));
        s.recordingDetails(seconds, stenoText, clock.instant());
        sessions.flush();
        audit.record(caller, "Session", id, "session.recording", null, null, seconds.toString(), SessionAccess.auditScope(s));
        if (s.getState() == SessionState.PUBLISHED) {
            events.published(s);
        }
        return assembler.detail(s, caller);
    }

    /**
     * The stenographic version as a file (a PDF, an Office or OpenDocument text), once the session has been held;
     * it replaces the previous file. A refused file (kind, size, empty) changes nothing.
     */
    public SessionDetail stenoFile(long id, long version, String fileName, byte[] content) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        String before = s.getStenoFileId() == null ? null : String.valueOf(s.getStenoFileId());
        if (s.getStartedAt() == null || s.getState() == SessionState.IN_PROGRESS) {
            throw new mx.snt.vinculo.common.ValidationException("session.state.wrong", s.getState().name());
        }
        mx.snt.vinculo.files.FileRef f = files.store(fileName, content, caller.username());
        s.stenoFile(f.id(), clock.instant());
        return stenoChanged(caller, s, before, f.name());
    }

    /** Removes the stenographic version's file (its text, if any, stays). */
    public SessionDetail removeStenoFile(long id, long version) {
        Caller caller = callers.current();
        Session s = access.manageable(caller, id, version);
        String before = s.getStenoFileId() == null ? null : String.valueOf(s.getStenoFileId());
        s.stenoFile(null, clock.instant());
        return stenoChanged(caller, s, before, "—");
    }

    private SessionDetail stenoChanged(Caller caller, Session s, String before, String detail) {
        sessions.flush();
        audit.record(caller, "Session", s.getId(), "session.stenoFile", before,
                s.getStenoFileId() == null ? null : String.valueOf(s.getStenoFileId()), detail, SessionAccess.auditScope(s));
        if (s.getState() == SessionState.PUBLISHED) {
            events.published(s);
        }
        return assembler.detail(s, caller);
    }
}
