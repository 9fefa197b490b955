package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.publicsite.PublicAddress;
import mx.snt.vinculo.sessions.RecordingDetails;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.SessionRecording;
import mx.snt.vinculo.web.faces.Messages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The secretary's panel for the public site on the session page (its own form, beside the
 * page's): announce the session publicly, correct the recording's chapters per agenda item
 * (stamped when each item was taken up) and record the stenographic version (a text, a file, or both).
 */
@Named
@ViewScoped
public class SessionPublicPanel implements Serializable {

    @EJB
    private SessionRecording recording;

    @Inject
    private SessionPage page;

    private Map<Long, String> chapters;
    private String stenoText;
    private String stenoFileName;
    private boolean isPublic;
    private transient jakarta.servlet.http.Part stenoUpload;

    private SessionDetail session() {
        return page.getSession();
    }

    /** Read once per view, when the panel renders. */
    private void loaded() {
        if (chapters == null && session() != null) {
            RecordingDetails r = recording.details(session().id());
            chapters = new LinkedHashMap<>(r.chapters());
            stenoText = r.stenoText();
            stenoFileName = r.stenoFileName();
            isPublic = r.isPublic();
        }
    }

    public void announce() {
        act(() -> recording.announce(session().id(), session().version()), "pub.chapters.announced");
    }

    public void save() {
        act(() -> recording.recordingDetails(session().id(), session().version(), chapters, stenoText), "pub.chapters.saved");
    }

    /** Uploads the stenographic version as a file (it replaces the previous one). */
    public void uploadSteno() {
        if (stenoUpload == null || stenoUpload.getSize() == 0) {
            Messages.error(new mx.snt.vinculo.common.ValidationException("file.empty"));
            return;
        }
        act(() -> recording.stenoFile(session().id(), session().version(), mx.snt.vinculo.web.proposals.Uploads.name(stenoUpload),
                mx.snt.vinculo.web.proposals.Uploads.bytes(stenoUpload)), "pub.chapters.stenoFile.saved");
    }

    public void removeSteno() {
        act(() -> recording.removeStenoFile(session().id(), session().version()), "pub.chapters.stenoFile.removed");
    }

    private void act(Supplier<SessionDetail> action, String done) {
        try {
            action.get();
            // The page's session (and its version) and this panel show what is stored now.
            page.refresh();
            chapters = null;
            loaded();
            Messages.info(done);
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException d) {
                Messages.error(d);
            } else {
                throw e;
            }
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    /** The session's clean public address. */
    public String getPublicPath() {
        SessionDetail d = session();
        return PublicAddress.session(d.workspaceCode(), d.year(), d.kind(), d.number());
    }

    public Map<Long, String> getChapters() { loaded(); return chapters; }
    public String getStenoText() { loaded(); return stenoText; }
    public void setStenoText(String stenoText) { this.stenoText = stenoText; }
    public boolean isAnnounced() { loaded(); return isPublic; }
    public String getStenoFileName() { loaded(); return stenoFileName; }
    public jakarta.servlet.http.Part getStenoUpload() { return stenoUpload; }
    public void setStenoUpload(jakarta.servlet.http.Part stenoUpload) { this.stenoUpload = stenoUpload; }
}
