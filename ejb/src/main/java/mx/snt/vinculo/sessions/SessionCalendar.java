package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.files.FileRef;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Sessions as iCalendar (ical4j): one session (download, convocation) or a person's feed.
 * Times in UTC; the UID is the session's for ever and SEQUENCE its persisted counter, so a
 * calendar program replaces the event it has when the session moves; STATUS follows the
 * session (TENTATIVE while planned, CANCELLED, else CONFIRMED: RFC 5545 has no other status for
 * an event that took place). Lines are folded at 75 octets ({@link IcsFolding}).
 */
final class SessionCalendar {

    /** Where the hub lives (absolute links) and the address the organizing body's events carry. */
    /** {@code meetingLink}: whether the remote-meeting link goes in (members only; never the public's copy). */
    record Context(String baseUrl, String organizerEmail, boolean meetingLink) {
        Context(String baseUrl, String organizerEmail) {
            this(baseUrl, organizerEmail, true);
        }

        Context withoutMeetingLink() {
            return new Context(baseUrl, organizerEmail, false);
        }
    }

    private SessionCalendar() {
    }

    /** One session, with its agenda and each item's documents in the description. */
    static String single(Session s, Map<Long, List<FileRef>> documents, Context ctx) {
        Calendar cal = calendar();
        cal.add(ImmutableMethod.PUBLISH);
        VEvent e = event(s, ctx);
        StringBuilder text = header(s, ctx);
        text.append(ActaText.text("calendar.agenda")).append('\n');
        for (AgendaItem i : s.getItems()) {
            text.append(i.getPosition()).append(". ").append(i.getTitle());
            if (i.getPresenter() != null && !i.getPresenter().isBlank()) {
                text.append(" — ").append(i.getPresenter());
            }
            text.append('\n');
            for (FileRef f : documents.getOrDefault(i.getId(), List.of())) {
                text.append("   ").append(f.name()).append(": ")
                        .append(PagePaths.absolute(ctx.baseUrl(), SessionEvents.documentPath(s.getId(), f.id()))).append('\n');
            }
        }
        e.add(new Description(text.toString().strip()));
        cal.add(e);
        return IcsFolding.fold(cal.toString());
    }

    static String feed(List<Session> sessions, Context ctx) {
        return feed(sessions, ctx, true);
    }

    /**
     * The public feed: the same events (same UID and SEQUENCE, so a calendar that had a session from a member's
     * feed keeps one event), without the remote-meeting link, which is for the members only.
     */
    static String publicFeed(List<Session> sessions, Context ctx) {
        return feed(sessions, ctx, false);
    }

    private static String feed(List<Session> sessions, Context ctx, boolean members) {
        Calendar cal = calendar();
        for (Session s : sessions) {
            VEvent e = event(s, ctx);
            e.add(new Description(header(s, ctx, members).toString().strip()));
            cal.add(e);
        }
        return IcsFolding.fold(cal.toString());
    }

    /** The body, the session's number and the meeting link, on top of every description. */
    private static StringBuilder header(Session s, Context ctx) {
        return header(s, ctx, true);
    }

    private static StringBuilder header(Session s, Context ctx, boolean members) {
        StringBuilder text = new StringBuilder(s.getWorkspace().getName()).append(" · ").append(s.label()).append('\n');
        if (members && ctx.meetingLink() && s.getRemoteUrl() != null) {
            text.append(ActaText.text("calendar.link", s.getRemoteUrl())).append('\n');
        }
        text.append(ActaText.text("calendar.page", PagePaths.absolute(ctx.baseUrl(), PagePaths.session(s.getId())))).append('\n');
        return text;
    }

    private static Calendar calendar() {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//SNT//Vinculo//ES"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        return cal;
    }

    private static VEvent event(Session s, Context ctx) {
        VEvent e = new VEvent(s.getStartsAt(), s.getStartsAt().plusSeconds(s.getDurationMinutes() * 60L),
                s.getWorkspace().getCode() + " " + s.label() + ": " + s.getTitle());
        e.add(new Uid(uid(s.getId())));
        e.add(new Sequence(s.getIcsSequence()));
        e.add(new Location(s.getPlace()));
        e.add(new Url(URI.create(PagePaths.absolute(ctx.baseUrl(), PagePaths.session(s.getId())))));
        e.add(new Organizer(new ParameterList(List.of(new Cn(s.getWorkspace().getName()))), URI.create("mailto:" + ctx.organizerEmail())));
        e.add(status(s.getState()));
        return e;
    }

    static String uid(long sessionId) {
        return "vinculo-sesion-" + sessionId + "@snt.mx";
    }

    static Status status(SessionState state) {
        return switch (state) {
            case PLANNED -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            default -> ImmutableStatus.VEVENT_CONFIRMED;
        };
    }
}
