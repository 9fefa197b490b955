package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.SessionPlan;
import mx.snt.vinculo.sessions.SessionState;
import mx.snt.vinculo.sessions.SessionWorkflow;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Reschedule from the session page: a planned or convened session's date, time, duration, place
 * and remote link change and it keeps its number; the session checks the notice period again
 * (convened only) and members of a convened session get the updated convocation
 * ({@link SessionWorkflow#edit}). The rest of the plan (title, livestream, remote voting) stays.
 */
@Named
@ViewScoped
public class RescheduleForm implements Serializable {

    @EJB
    private SessionWorkflow workflow;

    @Inject
    private SessionPage page;

    private boolean loaded;
    private LocalDate date;
    private LocalTime time;
    private Integer duration;
    private String place;
    private String remoteUrl;

    /** The form starts from the session as it is (once per view). */
    private void fill() {
        SessionDetail d = page.getSession();
        if (loaded || d == null) {
            return;
        }
        ZonedDateTime at = d.startsAt().atZone(MexicoCity.ZONE);
        date = at.toLocalDate();
        time = at.toLocalTime();
        duration = d.durationMinutes();
        place = d.place();
        remoteUrl = d.remoteUrl();
        loaded = true;
    }

    public void save() {
        SessionDetail d = page.getSession();
        boolean convened = d.state() == SessionState.CONVENED;
        SessionPlan plan = new SessionPlan(d.workspaceId(), d.kind(), d.title(), date, time, duration, place, remoteUrl,
                d.livestreamUrl(), d.remoteVoting());
        page.act(() -> workflow.edit(d.id(), d.version(), plan), convened ? "session.rescheduled.convened" : "session.rescheduled");
    }

    public LocalDate getDate() { fill(); return date; }
    public void setDate(LocalDate date) { this.date = date; loaded = true; }
    public LocalTime getTime() { fill(); return time; }
    public void setTime(LocalTime time) { this.time = time; loaded = true; }
    public Integer getDuration() { fill(); return duration; }
    public void setDuration(Integer duration) { this.duration = duration; loaded = true; }
    public String getPlace() { fill(); return place; }
    public void setPlace(String place) { this.place = place; loaded = true; }
    public String getRemoteUrl() { fill(); return remoteUrl; }
    public void setRemoteUrl(String remoteUrl) { this.remoteUrl = remoteUrl; loaded = true; }
}
