package mx.snt.vinculo.sessions;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.util.List;

/** Sessions as iCalendar (ical4j): one session (download, convocation) or a person's feed. Times in UTC. */
final class SessionCalendar {

    private SessionCalendar() {
    }

    static String single(Session s) {
        List<AgendaItem> items = s.getItems();
        Calendar cal = calendar();
        cal.add(ImmutableMethod.PUBLISH);
        VEvent e = event(s);
        StringBuilder agenda = new StringBuilder(s.getRemoteUrl() == null ? "" : ActaText.text("calendar.link", s.getRemoteUrl()) + "\n");
        agenda.append(ActaText.text("calendar.agenda")).append('\n');
        for (AgendaItem i : items) {
            agenda.append(i.getPosition()).append(". ").append(i.getTitle()).append('\n');
        }
        e.add(new Description(agenda.toString().strip()));
        cal.add(e);
        return cal.toString();
    }

    static String feed(List<Session> sessions) {
        Calendar cal = calendar();
        for (Session s : sessions) {
            VEvent e = event(s);
            if (s.getRemoteUrl() != null) {
                e.add(new Description(ActaText.text("calendar.link", s.getRemoteUrl())));
            }
            cal.add(e);
        }
        return cal.toString();
    }

    private static Calendar calendar() {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//SNT//Vinculo//ES"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        return cal;
    }

    private static VEvent event(Session s) {
        VEvent e = new VEvent(s.getStartsAt(), s.getStartsAt().plusSeconds(s.getDurationMinutes() * 60L),
                s.getWorkspace().getCode() + " " + s.label() + ": " + s.getTitle());
        e.add(new Uid("vinculo-sesion-" + s.getId() + "@snt.mx"));
        e.add(new Location(s.getPlace()));
        Status status = s.getState() == SessionState.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
                : s.getState() == SessionState.PLANNED ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED;
        e.add(status);
        return e;
    }
}
