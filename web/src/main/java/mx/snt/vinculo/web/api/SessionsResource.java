package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.sessions.AttendanceStatus;
import mx.snt.vinculo.sessions.ItemKind;
import mx.snt.vinculo.sessions.SessionKind;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.sessions.SessionWorkflow;
import mx.snt.vinculo.sessions.AgendaEditing;
import mx.snt.vinculo.sessions.Voting;
import mx.snt.vinculo.sessions.SessionCalendars;
import mx.snt.vinculo.sessions.ItemInput;
import mx.snt.vinculo.sessions.SessionPlan;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.SessionRow;
import mx.snt.vinculo.sessions.VoteChoice;
import mx.snt.vinculo.sessions.VoteRule;
import mx.snt.vinculo.sessions.VotingSettingsView;
import mx.snt.vinculo.sessions.BodyVotingRules;
import mx.snt.vinculo.sessions.RemoteAttendance;
import mx.snt.vinculo.sessions.SessionConsole;
import mx.snt.vinculo.sessions.Speakers;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * Sessions: plan, agenda, the workflow (convene, start, votes, close, publish), the acta PDF,
 * iCalendar downloads and the caller's calendar feed. Refusals are problem+json.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    /** A session to plan; date yyyy-MM-dd and time HH:mm in Mexico City. */
    public record NewSession(Long workspaceId, SessionKind kind, String title, String date, String time,
                             Integer durationMinutes, String place, String remoteUrl, String livestreamUrl,
                             Boolean remoteVoting, mx.snt.vinculo.visibility.Visibility visibility) {
    }

    /** A state change; version is the one the caller read; chairMemberId: who presides (on start). */
    public record Change(Long version, String reason, Long chairMemberId) {
    }

    /** An agenda item; voteRule null: the body's default; secret: a secret ballot. */
    public record Item(Long version, ItemKind kind, String title, String presenter, String body, Long refSessionId,
                       VoteRule voteRule, Boolean secret) {
    }

    /** A recusal from an item: the caller's own, or (secretary) a member's; the reason is optional. */
    public record RecusalIn(Long memberId, String reason) {
    }

    /** A body's voting rules. */
    public record VotingRulesIn(VoteRule defaultRule, Boolean castingVote) {
    }

    public record Move(Long version, Integer position, String reason) {
    }

    public record AttendanceChange(AttendanceStatus status) {
    }

    /** A vote: the caller's own, or (secretary) a member's. */
    public record Vote(VoteChoice choice, Long memberId) {
    }

    public record Acta(Long version, String text) {
    }

    public record Links(Long version, String livestreamUrl, String recordingUrl) {
    }

    /** The recording's chapters (agenda item id → "mm:ss", "h:mm:ss" or seconds; blank clears) and the stenographic text. */
    public record Recording(Long version, java.util.Map<String, String> chapters, String stenoText) {
    }

    /** A plain-language summary: its text and its translations (ISO 639 language code → text). */
    public record Summary(String text, java.util.Map<String, String> translations) {
        mx.snt.vinculo.sessions.CitizenSummary toSummary() {
            java.util.List<mx.snt.vinculo.sessions.CitizenSummary.Translation> list = new java.util.ArrayList<>();
            if (translations != null) {
                translations.forEach((k, v) -> list.add(new mx.snt.vinculo.sessions.CitizenSummary.Translation(k, v)));
            }
            return mx.snt.vinculo.sessions.CitizenSummary.of(text, list);
        }
    }

    /** The session's summary and its acuerdos' (acuerdo id → summary; an acuerdo not named keeps its own). */
    public record Summaries(Long version, Summary session, java.util.Map<String, Summary> acuerdos) {
    }

    @EJB
    private mx.snt.vinculo.sessions.CitizenSummaries summaries;

    @EJB
    private SessionQueries queries;

    @EJB
    private SessionWorkflow workflow;

    @EJB
    private AgendaEditing agenda;

    @EJB
    private Voting voting;

    @EJB
    private SessionCalendars calendars;

    @EJB
    private BodyVotingRules votingRules;

    @EJB
    private Speakers speakers;

    @EJB
    private RemoteAttendance remote;

    @EJB
    private mx.snt.vinculo.sessions.SessionRecording recording;

    @GET
    public Page<SessionRow> list(@QueryParam("workspaceId") Long workspaceId, @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("size") @DefaultValue("25") int size) {
        if (workspaceId == null) {
            throw new ValidationException("session.workspace.required");
        }
        return queries.forWorkspace(workspaceId, first, size);
    }

    @GET
    @Path("{id:[0-9]+}")
    public SessionDetail one(@PathParam("id") long id) {
        return queries.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewSession b, @Context UriInfo uri) {
        if (b == null || b.workspaceId() == null) {
            throw new ValidationException("session.workspace.required");
        }
        SessionDetail d = workflow.plan(new SessionPlan(b.workspaceId(), b.kind(), b.title(), date(b.date()), time(b.time()),
                b.durationMinutes(), b.place(), b.remoteUrl(), b.livestreamUrl(), Boolean.TRUE.equals(b.remoteVoting()),
                b.visibility()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    /** Changes date, place and links before the session starts; body as for creating, plus version. */
    @PUT
    @Path("{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail edit(@PathParam("id") long id, @QueryParam("version") Long version, NewSession b) {
        if (b == null) {
            throw new ValidationException("session.when.required");
        }
        return workflow.edit(id, version(version), new SessionPlan(b.workspaceId() == null ? 0 : b.workspaceId(), b.kind(), b.title(),
                date(b.date()), time(b.time()), b.durationMinutes(), b.place(), b.remoteUrl(), b.livestreamUrl(),
                Boolean.TRUE.equals(b.remoteVoting())));
    }

    @POST
    @Path("{id:[0-9]+}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail addItem(@PathParam("id") long id, Item b) {
        return agenda.addItem(id, version(b == null ? null : b.version()), input(b));
    }

    @PUT
    @Path("{id:[0-9]+}/items/{item:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail editItem(@PathParam("id") long id, @PathParam("item") long item, Item b) {
        return agenda.editItem(id, item, version(b == null ? null : b.version()), input(b));
    }

    @POST
    @Path("{id:[0-9]+}/items/{item:[0-9]+}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail move(@PathParam("id") long id, @PathParam("item") long item, Move b) {
        if (b == null || b.position() == null) {
            throw new ValidationException("session.item.position", 0);
        }
        return agenda.moveItem(id, item, version(b.version()), b.position(), b.reason());
    }

    /** Raw bytes of a document; its name in ?name=. */
    @POST
    @Path("{id:[0-9]+}/items/{item:[0-9]+}/files")
    @Consumes(MediaType.WILDCARD)
    public SessionDetail attach(@PathParam("id") long id, @PathParam("item") long item, @QueryParam("name") String name,
                                @QueryParam("version") Long version, byte[] content) {
        return agenda.attach(id, item, version(version), name, content);
    }

    @POST
    @Path("{id:[0-9]+}/{action:convene|start|close|publish|cancel}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail transition(@PathParam("id") long id, @PathParam("action") String action, Change b) {
        long v = version(b == null ? null : b.version());
        return switch (action) {
            case "convene" -> workflow.convene(id, v);
            case "start" -> workflow.start(id, v, b.chairMemberId());
            case "close" -> workflow.close(id, v);
            case "publish" -> workflow.publish(id, v);
            default -> workflow.cancel(id, v, b.reason());
        };
    }

    @PUT
    @Path("{id:[0-9]+}/attendance/{member:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail attendance(@PathParam("id") long id, @PathParam("member") long member, AttendanceChange b) {
        return voting.attendance(id, member, b == null ? null : b.status());
    }

    @POST
    @Path("{id:[0-9]+}/items/{item:[0-9]+}/{action:current|open-vote|close-vote}")
    public SessionDetail itemAction(@PathParam("id") long id, @PathParam("item") long item, @PathParam("action") String action) {
        return switch (action) {
            case "current" -> voting.takeUp(id, item);
            case "open-vote" -> voting.openVote(id, item);
            default -> voting.closeVote(id, item);
        };
    }

    @POST
    @Path("{id:[0-9]+}/items/{item:[0-9]+}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail vote(@PathParam("id") long id, @PathParam("item") long item, Vote b) {
        if (b == null) {
            throw new ValidationException("session.vote.choice");
        }
        return b.memberId() == null ? voting.vote(id, item, b.choice()) : voting.recordVote(id, item, b.memberId(), b.choice());
    }

    /**
     * The session as its console and live page read it: the detail plus who has not voted on the
     * current item, remote check-ins, the speakers' list and the sessions it names.
     */
    @GET
    @Path("{id:[0-9]+}/console")
    public SessionConsole console(@PathParam("id") long id) {
        return queries.console(id);
    }

    /** The secretary opens or closes attendance for remote check-ins. */
    @POST
    @Path("{id:[0-9]+}/attendance/{action:open|close}")
    public SessionConsole attendanceOpen(@PathParam("id") long id, @PathParam("action") String action) {
        return remote.open(id, "open".equals(action));
    }

    /** The caller, a member of the body, checks in remotely while attendance is open. */
    @POST
    @Path("{id:[0-9]+}/attendance/check-in")
    public SessionConsole checkIn(@PathParam("id") long id) {
        return remote.checkIn(id);
    }

    /** The secretary confirms a member's remote check-in. */
    @POST
    @Path("{id:[0-9]+}/attendance/check-ins/{member:[0-9]+}/confirm")
    public SessionConsole confirmCheckIn(@PathParam("id") long id, @PathParam("member") long member) {
        return remote.confirm(id, member);
    }

    /** The caller, a member present, asks for the floor on the current item. */
    @POST
    @Path("{id:[0-9]+}/speakers")
    public SessionConsole askForFloor(@PathParam("id") long id) {
        return speakers.ask(id);
    }

    /** give and end: the secretary; withdraw: the member who asked. */
    @POST
    @Path("{id:[0-9]+}/speakers/{turn:[0-9]+}/{action:give|end|withdraw}")
    public SessionConsole floor(@PathParam("id") long id, @PathParam("turn") long turn, @PathParam("action") String action) {
        return switch (action) {
            case "give" -> speakers.give(id, turn);
            case "end" -> speakers.end(id, turn);
            default -> speakers.withdraw(id, turn);
        };
    }

    @POST
    @Path("{id:[0-9]+}/items/{item:[0-9]+}/recusals")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail recuse(@PathParam("id") long id, @PathParam("item") long item, RecusalIn b) {
        return voting.recuse(id, item, b == null ? null : b.memberId(), b == null ? null : b.reason());
    }

    /** A body's voting rules: its members read them. */
    @GET
    @Path("voting-rules/{workspace:[0-9]+}")
    public VotingSettingsView votingRules(@PathParam("workspace") long workspace) {
        return votingRules.get(workspace);
    }

    /** Its technical secretary (or an admin) changes them. */
    @PUT
    @Path("voting-rules/{workspace:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public VotingSettingsView changeVotingRules(@PathParam("workspace") long workspace, VotingRulesIn b) {
        if (b == null || b.defaultRule() == null) {
            throw new ValidationException("session.voteRule.required");
        }
        return votingRules.change(workspace, b.defaultRule(), Boolean.TRUE.equals(b.castingVote()));
    }

    @PUT
    @Path("{id:[0-9]+}/acta")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail acta(@PathParam("id") long id, Acta b) {
        return workflow.saveActa(id, version(b == null ? null : b.version()), b == null ? null : b.text());
    }

    @PUT
    @Path("{id:[0-9]+}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail links(@PathParam("id") long id, Links b) {
        return workflow.links(id, version(b == null ? null : b.version()), b == null ? null : b.livestreamUrl(),
                b == null ? null : b.recordingUrl());
    }

    /** Announces a convened or running session on the public site (its acuerdos stay private until publication). */
    @POST
    @Path("{id:[0-9]+}/announce")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail announce(@PathParam("id") long id, Change b) {
        return recording.announce(id, version(b == null ? null : b.version()));
    }

    /** The plain-language summaries of the session and of its acuerdos, for their editor (its secretary). */
    @GET
    @Path("{id:[0-9]+}/summaries")
    public mx.snt.vinculo.sessions.CitizenSummaries.Drafts summaries(@PathParam("id") long id) {
        return summaries.drafts(id);
    }

    @PUT
    @Path("{id:[0-9]+}/summaries")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail summaries(@PathParam("id") long id, Summaries b) {
        java.util.Map<Long, mx.snt.vinculo.sessions.CitizenSummary> each = new java.util.LinkedHashMap<>();
        if (b != null && b.acuerdos() != null) {
            for (var e : b.acuerdos().entrySet()) {
                Long acuerdoId = mx.snt.vinculo.web.files.Downloads.id(e.getKey());
                if (acuerdoId == null) {
                    throw new ValidationException("summary.acuerdo.otherSession");
                }
                each.put(acuerdoId, e.getValue() == null ? mx.snt.vinculo.sessions.CitizenSummary.NONE : e.getValue().toSummary());
            }
        }
        mx.snt.vinculo.sessions.CitizenSummary own = b == null || b.session() == null
                ? null : b.session().toSummary();
        return summaries.save(id, version(b == null ? null : b.version()), own, each);
    }

    @PUT
    @Path("{id:[0-9]+}/recording")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionDetail recording(@PathParam("id") long id, Recording b) {
        java.util.Map<Long, String> chapters = new java.util.LinkedHashMap<>();
        if (b != null && b.chapters() != null) {
            b.chapters().forEach((item, offset) -> {
                Long itemId = mx.snt.vinculo.web.files.Downloads.id(item);
                if (itemId == null) {
                    throw new mx.snt.vinculo.common.ValidationException("session.item.otherSession");
                }
                chapters.put(itemId, offset);
            });
        }
        return recording.recordingDetails(id, version(b == null ? null : b.version()), chapters, b == null ? null : b.stenoText());
    }

    @GET
    @Path("{id:[0-9]+}/acta.pdf")
    @Produces("application/pdf")
    public Response actaPdf(@PathParam("id") long id) {
        return Response.ok(queries.actaPdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"acta-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id:[0-9]+}/calendar.ics")
    @Produces("text/calendar")
    public Response ics(@PathParam("id") long id) {
        return Response.ok(calendars.ics(id), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sesion-" + id + ".ics\"").build();
    }

    /** The caller's private feed path (created on first call). */
    @GET
    @Path("feed")
    public Map<String, String> feed() {
        return Map.of("path", "/calendario/" + calendars.feedToken() + ".ics");
    }

    /** Revokes the caller's feed and returns the new path. */
    @POST
    @Path("feed/renew")
    public Map<String, String> renewFeed() {
        return Map.of("path", "/calendario/" + calendars.renewFeedToken() + ".ics");
    }

    private static ItemInput input(Item b) {
        if (b == null) {
            throw new ValidationException("session.item.kind");
        }
        return new ItemInput(b.kind(), b.title(), b.presenter(), b.body(), b.refSessionId(), b.voteRule(),
                Boolean.TRUE.equals(b.secret()));
    }

    private static long version(Long v) {
        if (v == null) {
            throw new ValidationException("error.version.required");
        }
        return v;
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("session.when.required");
        }
    }

    private static LocalTime time(String s) {
        try {
            return s == null ? null : LocalTime.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("session.when.required");
        }
    }
}
