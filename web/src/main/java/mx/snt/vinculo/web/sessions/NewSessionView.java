package mx.snt.vinculo.web.sessions;

import mx.snt.vinculo.web.faces.SamePage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.sessions.SessionKind;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.sessions.SessionWorkflow;
import mx.snt.vinculo.sessions.SessionPlan;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.web.faces.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Planning a session: the form, one service call. */
@Named
@ViewScoped
public class NewSessionView implements Serializable {

    @EJB
    private SessionQueries queries;

    @EJB
    private SessionWorkflow workflow;

    private List<WorkspaceSummary> workspaces;
    private Long workspaceId;
    private SessionKind kind = SessionKind.ORDINARY;
    private String title;
    private LocalDate date;
    private LocalTime time = LocalTime.of(11, 0);
    private Integer duration = 120;
    private String place;
    private String remoteUrl;
    private String livestreamUrl;
    private boolean remoteVoting = true;
    /** Planned public (anyone follows it live); private, for the workspace's members, by default. */
    private boolean publicSession;

    public void load() {
        workspaces = queries.plannable();
    }

    public String save() {
        if (workspaceId == null) {
            Messages.error(new mx.snt.vinculo.common.ValidationException("session.workspace.required"));
            return null;
        }
        try {
            SessionDetail d = workflow.plan(new SessionPlan(workspaceId, kind, title, date, time, duration,
                    place, remoteUrl, livestreamUrl, remoteVoting, publicSession ? Visibility.PUBLIC : Visibility.PRIVATE));
            Messages.info("session.planned");
            return SamePage.of("/sesiones/ver", d.id());
        } catch (DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public SessionKind[] getKinds() { return SessionKind.values(); }
    public List<WorkspaceSummary> getWorkspaces() { return workspaces; }
    public Long getWorkspaceId() { return workspaceId; }
    public void setWorkspaceId(Long workspaceId) { this.workspaceId = workspaceId; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getTime() { return time; }
    public void setTime(LocalTime time) { this.time = time; }
    public Integer getDuration() { return duration; }
    public void setDuration(Integer duration) { this.duration = duration; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getRemoteUrl() { return remoteUrl; }
    public void setRemoteUrl(String remoteUrl) { this.remoteUrl = remoteUrl; }
    public String getLivestreamUrl() { return livestreamUrl; }
    public void setLivestreamUrl(String livestreamUrl) { this.livestreamUrl = livestreamUrl; }
    public boolean isRemoteVoting() { return remoteVoting; }
    public void setRemoteVoting(boolean remoteVoting) { this.remoteVoting = remoteVoting; }
    public boolean isPublicSession() { return publicSession; }
    public void setPublicSession(boolean publicSession) { this.publicSession = publicSession; }
}
