package mx.snt.vinculo.web.sessions;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.sessions.SessionCalendars;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.sessions.SessionRow;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The sessions page's calendar and private feed address: the parts of the page that post back (the calendar asks
 * for each month's sessions, the feed's buttons), so they live as long as the page. The calendar shows the
 * workspace of the page's address ({@code ws}), or every workspace the person sees; built when first asked for,
 * so a new instance (Faces dropped the view's beans, see {@link SessionListView}) still renders.
 */
@Named
@ViewScoped
public class SessionCalendarView implements Serializable {

    @EJB
    private SessionQueries queries;

    @EJB
    private SessionCalendars calendars;

    private Long workspaceId;
    private ScheduleModel calendar;
    private String feedUrl;

    @PostConstruct
    void init() {
        FacesContext fc = FacesContext.getCurrentInstance();
        workspaceId = fc == null ? null : NotFound.id(fc.getExternalContext().getRequestParameterMap().get("ws"));
    }

    public ScheduleModel getCalendar() {
        if (calendar == null) {
            Long wsId = workspaceId;
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
        return calendar;
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

    public String getFeedUrl() { return feedUrl; }
}
