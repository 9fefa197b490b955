package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.sessions.AttendanceStatus;
import mx.snt.vinculo.sessions.RemoteAttendance;
import mx.snt.vinculo.sessions.SessionConsole;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.sessions.SessionWorkflow;
import mx.snt.vinculo.sessions.Speakers;
import mx.snt.vinculo.sessions.VoteChoice;
import mx.snt.vinculo.sessions.Voting;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.ReadOnlyView;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * The session page: what everyone reads, the technical secretary's console (rendered for who
 * manages the session) and the live panel every participant follows. The page holds one
 * {@link SessionConsole}, read in one call, so each figure has one source. Live updates are
 * pushed (the session's event stream, {@code web.live}): {@link #refresh()} redraws the live
 * panel (WEB-INF/includes/session-live.xhtml) only when the stream says something changed (the
 * panel's remote command), or every 2 s from the fallback poll when the stream cannot open.
 * The agenda editor and the reschedule form have their own beans ({@link AgendaItemForm},
 * {@link RescheduleForm}).
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

    @EJB
    private SessionQueries queries;

    @EJB
    private SessionWorkflow workflow;

    @EJB
    private Voting voting;

    @EJB
    private Speakers speakers;

    @EJB
    private RemoteAttendance remote;

    private String id;
    private SessionConsole console;

    private String cancelReason;
    private String livestreamUrl;
    private String recordingUrl;
    private Long chairMemberId;
    private Long recusalMember;
    private String recusalReason;
    /** Each member's attendance as the console's choices show it ("" for none recorded), by member id. */
    private final java.util.Map<Long, String> attendanceChoice = new java.util.HashMap<>();

    public void load() {
        Long sessionId = NotFound.id(id);
        if (sessionId == null) {
            NotFound.send();
            return;
        }
        try {
            show(queries.console(sessionId));
        } catch (NotFoundException e) {
            NotFound.send();
            return;
        }
        if (nothingToSendBack(console)) {
            ReadOnlyView.keepNoState();
        }
    }

    /** Whether the page has no control that posts back: not the secretary's console, no live panel, no check-in. */
    static boolean nothingToSendBack(SessionConsole c) {
        return !c.detail().canManage() && !c.live() && !c.attendanceOpen() && !c.canCheckIn();
    }

    /** Redraws the live panel (after a pushed change, from the fallback poll, after an action): the session as it is now. */
    public void refresh() {
        if (console != null) {
            try {
                console = queries.console(console.detail().id());
            } catch (DomainException e) {
                Messages.error(e);
            }
        }
    }

    private void show(SessionConsole c) {
        console = c;
        livestreamUrl = c.detail().livestreamUrl();
        recordingUrl = c.detail().recordingUrl();
        attendanceChoice.clear();
        c.detail().attendees().forEach(a -> attendanceChoice.put(a.memberId(), a.status() == null ? "" : a.status().name()));
        if (chairMemberId == null && c.chairMemberId() != null) {
            chairMemberId = c.chairMemberId();
        }
    }

    /** Runs an action of a service and shows the session after it, with the message; a refusal shows why and changes nothing. */
    boolean act(Supplier<?> action, String done) {
        try {
            Object after = action.get();
            if (after instanceof SessionConsole c) {
                show(c);
            } else {
                show(queries.console(console.detail().id()));
            }
            if (done != null) {
                Messages.info(done);
            }
            return true;
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException d) {
                Messages.error(d);
                refresh();
                return false;
            }
            throw e;
        } catch (DomainException e) {
            Messages.error(e);
            refresh();
            return false;
        }
    }

    private long sid() {
        return console.detail().id();
    }

    private long version() {
        return console.detail().version();
    }

    // ------------------------------------------------------------ the workflow (full postbacks)

    public void convene() { act(() -> workflow.convene(sid(), version()), "session.convened"); }
    public void start() { act(() -> workflow.start(sid(), version(), chairMemberId), "session.started"); }
    public void close() { act(() -> workflow.close(sid(), version()), "session.closed"); }
    public void publish() { act(() -> workflow.publish(sid(), version()), "session.published"); }
    public void cancel() { act(() -> workflow.cancel(sid(), version(), cancelReason), "session.cancelled"); }

    public void saveLinks() {
        act(() -> workflow.links(sid(), version(), livestreamUrl, recordingUrl), "session.links.saved");
    }

    // ------------------------------------------------------------ the floor (Ajax)
    // Frequent steps (attendance, a vote recorded, a check-in confirmed) show their result in place and
    // add no message: a message above would push the page down under the secretary's pointer.

    /** One member's attendance, as just chosen in their row (choosing "none" again records nothing). */
    public void attendance(long memberId) {
        String status = attendanceChoice.get(memberId);
        if (status == null || status.isBlank()) {
            show(queries.console(sid())); // the row shows what is recorded again
            return;
        }
        act(() -> voting.attendance(sid(), memberId, AttendanceStatus.valueOf(status)), null);
    }

    public void takeUp(long itemId) { act(() -> voting.takeUp(sid(), itemId), null); }
    public void openVote(long itemId) { act(() -> voting.openVote(sid(), itemId), "session.vote.opened"); }
    public void closeVote(long itemId) { act(() -> voting.closeVote(sid(), itemId), "session.vote.closedOk"); }

    public void recordVote(long itemId, long memberId, String choice) {
        act(() -> voting.recordVote(sid(), itemId, memberId, VoteChoice.valueOf(choice)), null);
    }

    public void vote(long itemId, String choice) {
        act(() -> voting.vote(sid(), itemId, VoteChoice.valueOf(choice)), "session.vote.cast");
    }

    /** The secretary records a member's recusal (excusa) from the current item, with its reason. */
    public void recuse(long itemId) {
        if (recusalMember == null) {
            Messages.error(new ValidationException("session.recusal.who"));
            return;
        }
        if (act(() -> voting.recuse(sid(), itemId, recusalMember, recusalReason), "session.recusal.recorded")) {
            recusalMember = null;
            recusalReason = null;
        }
    }

    public void attendanceOpen(boolean open) {
        act(() -> remote.open(sid(), open), open ? "session.remote.opened" : "session.remote.closedOk");
    }

    public void checkIn() { act(() -> remote.checkIn(sid()), "session.remote.checkedIn"); }
    public void confirmCheckIn(long memberId) { act(() -> remote.confirm(sid(), memberId), null); }

    public void askForFloor() { act(() -> speakers.ask(sid()), "session.speakers.asked"); }
    public void withdrawFromFloor(long turnId) { act(() -> speakers.withdraw(sid(), turnId), "session.speakers.withdrawn"); }
    public void giveFloor(long turnId) { act(() -> speakers.give(sid(), turnId), null); }
    public void endFloor(long turnId) { act(() -> speakers.end(sid(), turnId), null); }

    // ------------------------------------------------------------ what the page reads

    public SessionConsole getConsole() { return console; }
    public java.util.Map<Long, String> getAttendanceChoice() { return attendanceChoice; }
    public SessionDetail getSession() { return console == null ? null : console.detail(); }
    public AttendanceStatus[] getStatuses() { return AttendanceStatus.values(); }
    public VoteChoice[] getChoices() { return VoteChoice.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getLivestreamUrl() { return livestreamUrl; }
    public void setLivestreamUrl(String livestreamUrl) { this.livestreamUrl = livestreamUrl; }
    public String getRecordingUrl() { return recordingUrl; }
    public void setRecordingUrl(String recordingUrl) { this.recordingUrl = recordingUrl; }
    public Long getChairMemberId() { return chairMemberId; }
    public void setChairMemberId(Long chairMemberId) { this.chairMemberId = chairMemberId; }
    public Long getRecusalMember() { return recusalMember; }
    public void setRecusalMember(Long recusalMember) { this.recusalMember = recusalMember; }
    public String getRecusalReason() { return recusalReason; }
    public void setRecusalReason(String recusalReason) { this.recusalReason = recusalReason; }
}
