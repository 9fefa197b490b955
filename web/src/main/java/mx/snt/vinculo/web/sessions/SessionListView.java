package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.sessions.SessionCalendars;
import mx.snt.vinculo.sessions.SessionRow;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.PageModel;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** Sessions of a workspace (or of every workspace the person sees): paged list, calendar, feed URL. */
@Named
@ViewScoped
public class SessionListView implements Serializable {

    @EJB
    private SessionQueries queries;

    @EJB
    private SessionCalendars calendars;

    private String ws;
    private Long workspaceId;
    private PageModel<SessionRow> list;
    private ScheduleModel calendar;
    private List<WorkspaceSummary> plannable;
    private String feedUrl;

    public void load() {
        if (ws != null && !ws.isBlank()) {
            workspaceId = NotFound.id(ws);
            if (workspaceId == null) {
                NotFound.send();
                return;
            }
        }
        Long wsId = workspaceId;
        list = new PageModel<>(10, (first, size) -> queries.forWorkspace(wsId, first, size));
        plannable = queries.plannable();
        calendar = new LazyScheduleModel() {
            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (SessionRow s : queries.between(start.atZone(MexicoCity.ZONE).toInstant(), end.atZone(MexicoCity.ZONE).toInstant(), wsId)) {
                    addEvent(DefaultScheduleEvent.builder()
                            .id(String.valueOf(s.id()))
                            .title(s.workspaceCode() + " " + s.kind().code() + " " + String.format("%02d", s.number()) + ": " + s.title())
                            .startDate(LocalDateTime.ofInstant(s.startsAt(), MexicoCity.ZONE))
                            .endDate(LocalDateTime.ofInstant(s.endsAt(), MexicoCity.ZONE))
                            .url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                    + PagePaths.session(s.id()))
                            .styleClass("session-" + s.state().name().toLowerCase())
                            .build());
                }
            }
        };
    }

    /** Shows (creating if needed) the person's private calendar feed address. */
    public void showFeed() {
        try {
            feedUrl = base() + "/calendario/" + calendars.feedToken() + ".ics";
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    /** Revokes the old address: calendar programs subscribed to it stop receiving sessions. */
    public void renewFeed() {
        try {
            feedUrl = base() + "/calendario/" + calendars.renewFeedToken() + ".ics";
            Messages.info("session.feed.renewed");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    private static String base() {
        var req = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length()) + req.getContextPath();
    }

    public String getWs() { return ws; }
    public void setWs(String ws) { this.ws = ws; }
    public Long getWorkspaceId() { return workspaceId; }
    public PageModel<SessionRow> getList() { return list; }
    public ScheduleModel getCalendar() { return calendar; }
    public List<WorkspaceSummary> getPlannable() { return plannable; }
    public String getFeedUrl() { return feedUrl; }
}
