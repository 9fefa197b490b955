package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.proposals.CallInput;
import mx.snt.vinculo.proposals.CallDetail;
import mx.snt.vinculo.proposals.ProposalAction;
import mx.snt.vinculo.proposals.ProposalFilter;
import mx.snt.vinculo.proposals.ProposalInput;
import mx.snt.vinculo.proposals.ProposalCalls;
import mx.snt.vinculo.proposals.ProposalEvaluation;
import mx.snt.vinculo.proposals.ProposalOutcomes;
import mx.snt.vinculo.proposals.ProposalParticipation;
import mx.snt.vinculo.proposals.ProposalSubmissions;
import mx.snt.vinculo.proposals.ProposalState;
import mx.snt.vinculo.proposals.ProposalRow;
import mx.snt.vinculo.proposals.ProposalDetail;
import mx.snt.vinculo.proposals.Upload;
import mx.snt.vinculo.visibility.Visibility;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** Calls for proposals, proposals, their workflow, adhesions and comments. */
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    public record NewCall(Long commissionId, String title, Topic topic, String description, Boolean openToAll,
                          Set<Long> bodyIds, LocalDate opensOn, LocalDate closesOn) {
    }

    public record NewFile(String name, String content) {
    }

    public record NewProposal(Long callId, Long commissionId, String title, String summary, String text, Topic topic,
                              List<NewFile> files) {
    }

    public record Act(ProposalAction action, Long version, String answer) {
    }

    public record NewComment(Long parentId, String text) {
    }

    public record CommentEdit(String text, Long version) {
    }

    public record ToAgenda(Long version, Long sessionId) {
    }

    public record ToLibrary(Long version, Visibility visibility) {
    }

    @EJB
    private ProposalCalls calls;
    @EJB
    private ProposalSubmissions proposals;
    @EJB
    private ProposalEvaluation evaluation;
    @EJB
    private ProposalParticipation participation;
    @EJB
    private ProposalOutcomes outcomes;

    @GET
    @Path("calls")
    public Page<CallDetail> calls(@QueryParam("open") @DefaultValue("false") boolean open,
                                @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("25") int size) {
        return calls.list(open, first, size);
    }

    @POST
    @Path("calls")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openCall(NewCall c, @Context UriInfo uri) {
        if (c == null || c.commissionId() == null) {
            throw new ValidationException("proposal.call.commission.required");
        }
        CallDetail v = calls.open(c.commissionId(), new CallInput(c.title(), c.topic(), c.description(),
                c.openToAll() == null || c.openToAll(), c.bodyIds(), c.opensOn(), c.closesOn()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
    }

    @GET
    @Path("calls/{id:[0-9]+}")
    public CallDetail call(@PathParam("id") long id) {
        return calls.get(id);
    }

    @GET
    public Page<ProposalRow> list(@QueryParam("call") Long call, @QueryParam("commission") Long commission,
                                      @QueryParam("state") ProposalState state, @QueryParam("body") Long body,
                                      @QueryParam("topic") Topic topic,
                                      @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("25") int size) {
        return proposals.list(new ProposalFilter(call, commission, state, body, topic), first, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(NewProposal p, @Context UriInfo uri) {
        if (p == null) {
            throw new ValidationException("proposal.title.required");
        }
        List<Upload> uploads = p.files() == null ? List.of() : p.files().stream()
                .map(f -> new Upload(f.name(), f.content() == null ? new byte[0] : Base64.getDecoder().decode(f.content())))
                .toList();
        ProposalDetail v = proposals.submit(new ProposalInput(p.callId(), p.commissionId(), p.title(), p.summary(), p.text(),
                p.topic()), uploads);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(v.id())).build()).entity(v).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public ProposalDetail one(@PathParam("id") long id) {
        return proposals.get(id);
    }

    @POST
    @Path("{id:[0-9]+}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetail act(@PathParam("id") long id, Act a) {
        if (a == null || a.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return evaluation.act(id, a.version(), a.action(), a.answer());
    }

    @POST
    @Path("{id:[0-9]+}/adhesion")
    public ProposalDetail adhere(@PathParam("id") long id) {
        return participation.adhere(id);
    }

    @DELETE
    @Path("{id:[0-9]+}/adhesion")
    public ProposalDetail withdrawAdhesion(@PathParam("id") long id) {
        return participation.withdrawAdhesion(id);
    }

    @POST
    @Path("{id:[0-9]+}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetail comment(@PathParam("id") long id, NewComment c) {
        return participation.comment(id, c == null ? null : c.parentId(), c == null ? null : c.text());
    }

    @PATCH
    @Path("comments/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetail editComment(@PathParam("id") long id, CommentEdit c) {
        if (c == null || c.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return participation.editComment(id, c.version(), c.text());
    }

    @POST
    @Path("comments/{id:[0-9]+}/hide")
    public ProposalDetail hideComment(@PathParam("id") long id) {
        return participation.hideComment(id);
    }

    @POST
    @Path("{id:[0-9]+}/library")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetail toLibrary(@PathParam("id") long id, ToLibrary t) {
        if (t == null || t.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return outcomes.toLibrary(id, t.version(), t.visibility());
    }

    @POST
    @Path("{id:[0-9]+}/agenda-item")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetail toAgendaItem(@PathParam("id") long id, ToAgenda t) {
        if (t == null || t.version() == null) {
            throw new ValidationException("error.version.required");
        }
        if (t.sessionId() == null) {
            throw new ValidationException("proposal.agenda.session.required");
        }
        return outcomes.toAgendaItem(id, t.version(), t.sessionId());
    }
}
