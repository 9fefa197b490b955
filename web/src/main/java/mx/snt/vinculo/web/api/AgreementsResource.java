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
import mx.snt.vinculo.agreements.AgreementInputs;
import mx.snt.vinculo.agreements.AgreementComparison;
import mx.snt.vinculo.agreements.AgreementDailyRun;
import mx.snt.vinculo.agreements.AgreementDashboard;
import mx.snt.vinculo.agreements.AgreementDetail;
import mx.snt.vinculo.agreements.AgreementDrafting;
import mx.snt.vinculo.agreements.AgreementLifecycle;
import mx.snt.vinculo.agreements.AgreementQueries;
import mx.snt.vinculo.agreements.AgreementRow;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.agreements.AttachmentKind;
import mx.snt.vinculo.agreements.CommitmentStatus;
import mx.snt.vinculo.agreements.Commitments;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;

import java.time.LocalDate;

/**
 * Agreements (convenios): list with filters, one agreement (404 when the caller may not see
 * it), drafting, parties, workflow moves, signatures, attachments, commitments. Every rule is
 * the aggregate's (through the agreements services); this class only maps JSON.
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementsResource {

    public record NewAgreement(Long workspaceId, AgreementType type, String title, String purpose) {
    }

    public record DraftChange(Long version, AgreementType type, String title, String purpose, String html,
                              LocalDate validityStart, LocalDate validityEnd, Boolean publicInForce) {
    }

    public record Move(Long version, AgreementState to, String comment, String acuerdoNumber, LocalDate acuerdoDate,
                       LocalDate endDate, String reason) {
    }

    public record Clearance(Long version, String comment) {
    }

    public record Signature(Long partyId, LocalDate date) {
    }

    public record Validity(Long version, LocalDate start, LocalDate end) {
    }

    public record CommitmentChange(Long version, CommitmentStatus status, String evidence) {
    }

    @EJB
    private AgreementQueries queries;
    @EJB
    private AgreementDrafting drafting;
    @EJB
    private AgreementLifecycle lifecycle;
    @EJB
    private Commitments commitments;
    @EJB
    private AgreementDailyRun dailyRun;

    @GET
    public Page<AgreementRow> list(@QueryParam("workspaceId") Long workspaceId, @QueryParam("state") AgreementState state,
                                         @QueryParam("type") AgreementType type, @QueryParam("party") String party,
                                         @QueryParam("expiringDays") Integer expiringDays,
                                         @QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("size") @DefaultValue("25") int size) {
        return queries.list(new AgreementInputs.Filter(workspaceId, state, type, party, expiringDays), first, size);
    }

    @GET
    @Path("dashboard")
    public AgreementDashboard dashboard() {
        return queries.dashboard();
    }

    @GET
    @Path("{id:[0-9]+}")
    public AgreementDetail one(@PathParam("id") long id) {
        return queries.get(id);
    }

    @GET
    @Path("{id:[0-9]+}/compare")
    public AgreementComparison compare(@PathParam("id") long id, @QueryParam("left") int left, @QueryParam("right") int right) {
        return queries.compare(id, left, right);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAgreement body, @Context UriInfo uri) {
        if (body == null || body.workspaceId() == null) {
            throw new ValidationException("agreement.workspace.body");
        }
        AgreementDetail d = drafting.create(body.workspaceId(), body.type(), body.title(), body.purpose());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(d.id())).build()).entity(d).build();
    }

    @PUT
    @Path("{id:[0-9]+}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail draft(@PathParam("id") long id, DraftChange body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return drafting.saveDraft(id, body.version(), new AgreementInputs.Draft(body.type(), body.title(), body.purpose(),
                body.html(), body.validityStart(), body.validityEnd(), body.publicInForce()));
    }

    @POST
    @Path("{id:[0-9]+}/parties")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail addParty(@PathParam("id") long id, AgreementInputs.Party body) {
        return drafting.addParty(id, body);
    }

    @PUT
    @Path("{id:[0-9]+}/parties/{party:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail updateParty(@PathParam("id") long id, @PathParam("party") long party, AgreementInputs.Party body) {
        return drafting.updateParty(id, party, body);
    }

    @POST
    @Path("{id:[0-9]+}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail move(@PathParam("id") long id, Move body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return lifecycle.transition(id, body.version(), body.to(), new AgreementInputs.Transition(body.comment(),
                body.acuerdoNumber(), body.acuerdoDate(), body.endDate(), body.reason()));
    }

    @POST
    @Path("{id:[0-9]+}/legal-clearance")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail clear(@PathParam("id") long id, Clearance body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return lifecycle.clearLegal(id, body.version(), body.comment());
    }

    @POST
    @Path("{id:[0-9]+}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail sign(@PathParam("id") long id, Signature body) {
        if (body == null || body.partyId() == null) {
            throw new ValidationException("agreement.sign.party.invalid");
        }
        return lifecycle.sign(id, body.partyId(), body.date());
    }

    @PUT
    @Path("{id:[0-9]+}/validity")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail validity(@PathParam("id") long id, Validity body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return lifecycle.setValidity(id, body.version(), body.start(), body.end());
    }

    /** The file is the request body; its name and kind (ANNEX or SIGNED_PDF) are query parameters. */
    @POST
    @Path("{id:[0-9]+}/attachments")
    @Consumes(MediaType.WILDCARD)
    public AgreementDetail attach(@PathParam("id") long id, @QueryParam("kind") AttachmentKind kind,
                                        @QueryParam("name") String name, byte[] content) {
        return drafting.attach(id, kind, name, content);
    }

    @POST
    @Path("{id:[0-9]+}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail addCommitment(@PathParam("id") long id, AgreementInputs.NewCommitment body) {
        return commitments.add(id, body);
    }

    @PUT
    @Path("commitments/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementDetail updateCommitment(@PathParam("id") long id, CommitmentChange body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("error.version.required");
        }
        return commitments.update(id, body.version(), body.status(), body.evidence());
    }

    /** Administrators run the daily job (overdue, expiry, reminders) now; it is idempotent. */
    @POST
    @Path("jobs/daily")
    public AgreementDailyRun.Result runDaily() {
        return dailyRun.runNow();
    }
}
