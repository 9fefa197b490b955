package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.sessions.AttendanceStatus;
import mx.snt.vinculo.sessions.ItemKind;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.sessions.SessionWorkflow;
import mx.snt.vinculo.sessions.AgendaEditing;
import mx.snt.vinculo.sessions.Voting;
import mx.snt.vinculo.sessions.ItemInput;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.VoteChoice;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The session page: what everyone reads, the chair's controls (rendered for the secretary),
 * and the live view. Live updates are pushed (the session's event stream, {@code web.live}):
 * {@link #refresh()} runs only when the stream says something changed (the page's remote command),
 * or every 2 s from the fallback poll when the stream cannot open.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

    @EJB
    private SessionQueries queries;

    @EJB
    private SessionWorkflow workflow;

    @EJB
    private AgendaEditing agenda;

    @EJB
    private Voting voting;

    private String id;
    private SessionDetail session;

    // agenda editor
    private ItemKind itemKind = ItemKind.PROPOSAL;
    private String itemTitle;
    private String itemPresenter;
    private String itemBody;
    private Long itemRef;
    private Integer movePosition;
    private String moveReason;
    private String cancelReason;
    private String livestreamUrl;
    private String recordingUrl;
    private transient jakarta.servlet.http.Part file;
    private Long uploadItem;

    public void load() {
        Long sessionId = NotFound.id(id);
        if (sessionId == null) {
            NotFound.send();
            return;
        }
        try {
            show(queries.get(sessionId));
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    /** Redraws the live panel: after a pushed change, or from the fallback poll. */
    public void refresh() {
        if (session != null) {
            try {
                session = queries.get(session.id());
            } catch (DomainException e) {
                Messages.error(e);
            }
        }
    }

    private void show(SessionDetail d) {
        session = d;
        livestreamUrl = d.livestreamUrl();
        recordingUrl = d.recordingUrl();
    }

    private void act(Supplier<SessionDetail> action, String done) {
        try {
            show(action.get());
            if (done != null) {
                Messages.info(done);
            }
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException d) {
                Messages.error(d);
                refresh();
            } else {
                throw e;
            }
        } catch (DomainException e) {
            Messages.error(e);
            refresh();
        }
    }

    public void convene() { act(() -> workflow.convene(session.id(), session.version()), "session.convened"); }
    public void start() { act(() -> workflow.start(session.id(), session.version()), "session.started"); }
    public void close() { act(() -> workflow.close(session.id(), session.version()), "session.closed"); }
    public void publish() { act(() -> workflow.publish(session.id(), session.version()), "session.published"); }
    public void cancel() { act(() -> workflow.cancel(session.id(), session.version(), cancelReason), "session.cancelled"); }

    public void attendance(long memberId, String status) {
        act(() -> voting.attendance(session.id(), memberId, AttendanceStatus.valueOf(status)), null);
    }

    public void takeUp(long itemId) { act(() -> voting.takeUp(session.id(), itemId), null); }
    public void openVote(long itemId) { act(() -> voting.openVote(session.id(), itemId), "session.vote.opened"); }
    public void closeVote(long itemId) { act(() -> voting.closeVote(session.id(), itemId), "session.vote.closedOk"); }

    public void recordVote(long itemId, long memberId, String choice) {
        act(() -> voting.recordVote(session.id(), itemId, memberId, VoteChoice.valueOf(choice)), null);
    }

    public void vote(long itemId, String choice) {
        act(() -> voting.vote(session.id(), itemId, VoteChoice.valueOf(choice)), "session.vote.cast");
    }

    public void addItem() {
        act(() -> agenda.addItem(session.id(), session.version(),
                new ItemInput(itemKind, itemTitle, itemPresenter, itemBody, itemRef)), "session.item.added");
        itemTitle = null;
        itemPresenter = null;
        itemBody = null;
        itemRef = null;
    }

    public void removeItem(long itemId) {
        act(() -> agenda.removeItem(session.id(), itemId, session.version()), "session.item.removed");
    }

    public void moveItem(long itemId) {
        act(() -> agenda.moveItem(session.id(), itemId, session.version(), movePosition == null ? 0 : movePosition, moveReason),
                "session.item.moved");
        moveReason = null;
    }

    public void saveLinks() {
        act(() -> workflow.links(session.id(), session.version(), livestreamUrl, recordingUrl), "session.links.saved");
    }

    public void attach() {
        if (file != null && file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            file = null; // the field was left empty
        }
        if (file == null || uploadItem == null) {
            act(() -> agenda.attach(session.id(), uploadItem == null ? -1 : uploadItem, session.version(), null, null), null);
            return;
        }
        String name = file.getSubmittedFileName();
        byte[] content;
        try (var in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        act(() -> agenda.attach(session.id(), uploadItem, session.version(), name, content), "session.item.attached");
        file = null;
    }

    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part file) { this.file = file; }
    public Long getUploadItem() { return uploadItem; }
    public void setUploadItem(Long uploadItem) { this.uploadItem = uploadItem; }

    public ItemKind[] getItemKinds() { return ItemKind.values(); }
    public AttendanceStatus[] getStatuses() { return AttendanceStatus.values(); }
    public VoteChoice[] getChoices() { return VoteChoice.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SessionDetail getSession() { return session; }
    public ItemKind getItemKind() { return itemKind; }
    public void setItemKind(ItemKind itemKind) { this.itemKind = itemKind; }
    public String getItemTitle() { return itemTitle; }
    public void setItemTitle(String itemTitle) { this.itemTitle = itemTitle; }
    public String getItemPresenter() { return itemPresenter; }
    public void setItemPresenter(String itemPresenter) { this.itemPresenter = itemPresenter; }
    public String getItemBody() { return itemBody; }
    public void setItemBody(String itemBody) { this.itemBody = itemBody; }
    public Long getItemRef() { return itemRef; }
    public void setItemRef(Long itemRef) { this.itemRef = itemRef; }
    public Integer getMovePosition() { return movePosition; }
    public void setMovePosition(Integer movePosition) { this.movePosition = movePosition; }
    public String getMoveReason() { return moveReason; }
    public void setMoveReason(String moveReason) { this.moveReason = moveReason; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getLivestreamUrl() { return livestreamUrl; }
    public void setLivestreamUrl(String livestreamUrl) { this.livestreamUrl = livestreamUrl; }
    public String getRecordingUrl() { return recordingUrl; }
    public void setRecordingUrl(String recordingUrl) { this.recordingUrl = recordingUrl; }
}
