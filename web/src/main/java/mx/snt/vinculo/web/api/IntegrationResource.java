package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.publication.DeliveryState;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.admin.BodySwitchRow;
import mx.snt.vinculo.publication.admin.DeliveryActions;
import mx.snt.vinculo.publication.admin.DeliveryCount;
import mx.snt.vinculo.publication.admin.DeliveryRecords;
import mx.snt.vinculo.publication.admin.DescriptorRow;
import mx.snt.vinculo.publication.admin.ExportFiles;
import mx.snt.vinculo.publication.admin.FormatDescriptors;
import mx.snt.vinculo.publication.admin.JobProgress;
import mx.snt.vinculo.publication.admin.OutboxAdmin;
import mx.snt.vinculo.publication.admin.PntRecordRow;
import mx.snt.vinculo.publication.admin.ScheduledJobs;
import mx.snt.vinculo.publication.admin.TemplateFields;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The integration console for admins and for tests that must not wait for schedules: the
 * same beans the routes run (outbox, SIPOT export and delivery, digests), SIPOT records and
 * files, retries, the web-service switch per body, format descriptors.
 */
@Path("admin/integration")
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    /** The web-service switch of a body. */
    public record Switch(Boolean enabled, String email) {
    }

    /** A descriptor version: template (base64 .xls), kind, date it takes effect, idCampo → source. */
    public record NewDescriptor(String kind, String effectiveFrom, String fileName, String template, Map<String, String> sources) {
    }

    @EJB
    private OutboxAdmin outbox;

    @EJB
    private DeliveryRecords records;

    @EJB
    private DeliveryActions deliveries;

    @EJB
    private ExportFiles exports;

    @EJB
    private ScheduledJobs jobs;

    @EJB
    private FormatDescriptors descriptors;

    @Inject
    private Clock clock;

    @POST
    @Path("outbox/run")
    public Map<String, Integer> runOutbox() {
        return Map.of("events", outbox.dispatchNow());
    }

    @GET
    @Path("outbox")
    public Map<String, Object> outbox() {
        return Map.of("counts", outbox.counts(), "failed", outbox.deadEvents());
    }

    @POST
    @Path("outbox/{id:[0-9]+}/retry")
    public Map<String, Integer> retryEvent(@PathParam("id") long id) {
        return Map.of("retried", outbox.retryEvent(id));
    }

    @POST
    @Path("pnt/export")
    public Map<String, Integer> export() {
        return Map.of("files", exports.exportNow());
    }

    @POST
    @Path("pnt/deliver")
    public Map<String, Object> deliver() {
        return Map.of("records", deliveries.deliverNow(), "configured", deliveries.webServiceConfigured());
    }

    @GET
    @Path("pnt/records")
    public Page<PntRecordRow> records(@QueryParam("state") String state, @QueryParam("first") @DefaultValue("0") int first,
                                                @QueryParam("size") @DefaultValue("25") int size) {
        DeliveryState filter;
        try {
            filter = state == null || state.isBlank() ? null : DeliveryState.valueOf(state);
        } catch (IllegalArgumentException e) {
            return new Page<>(List.of(), 0, Page.clampFirst(first), Page.clampSize(size));  // no record is in an unknown state
        }
        return records.records(filter, first, size);
    }

    @GET
    @Path("pnt/counts")
    public List<DeliveryCount> counts() {
        return records.counts();
    }

    @POST
    @Path("pnt/retry")
    public Map<String, Integer> retryAll() {
        return Map.of("retried", deliveries.retry(null));
    }

    @POST
    @Path("pnt/records/{id:[0-9]+}/retry")
    public Map<String, Integer> retry(@PathParam("id") long id) {
        return Map.of("retried", deliveries.retry(id));
    }

    /** What the admin found at the PNT for an uncertain record. */
    public record AtPnt(String idRegistro) {
    }

    /** An UNCERTAIN record is at the PNT under {@code idRegistro} (digits): DELIVERED, or PENDING if it changed since. */
    @POST
    @Path("pnt/records/{id:[0-9]+}/at-pnt")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> atPnt(@PathParam("id") long id, AtPnt body) {
        return Map.of("state", deliveries.confirmAtPnt(id, body == null ? null : body.idRegistro()).name());
    }

    /** An UNCERTAIN record is not at the PNT: PENDING, added again. */
    @POST
    @Path("pnt/records/{id:[0-9]+}/resend")
    public Map<String, String> resend(@PathParam("id") long id) {
        deliveries.resend(id);
        return Map.of("state", DeliveryState.PENDING.name());
    }

    /** Several uncertain records settled in one pass: record id → idRegistro found at the PNT, and records to resend. */
    public record Settle(Map<Long, String> atPnt, List<Long> resend) {
    }

    @POST
    @Path("pnt/records/settle")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> settle(Settle body) {
        int atPnt = body == null || body.atPnt() == null ? 0 : deliveries.confirmAllAtPnt(body.atPnt());
        int resent = body == null || body.resend() == null ? 0 : deliveries.resendAll(body.resend());
        return Map.of("atPnt", atPnt, "resent", resent);
    }

    @GET
    @Path("pnt/files")
    public List<PntExporter.ExportFile> files() {
        return exports.files();
    }

    /**
     * An admin loaded this export file into SIPOT: marked (when, by whom) and kept as it is; its
     * records follow (withdrawals after an Alta is loaded are Baja, changes Cambio). 422 when it was
     * marked already, 404 when there is no such file (or an export rewrote it since it was listed).
     */
    @POST
    @Path("pnt/exports/{id:[0-9]+}/loaded")
    public PntExporter.ExportFile markLoaded(@PathParam("id") long id) {
        return exports.markLoaded(id);
    }

    @GET
    @Path("pnt/files/{name}")
    @Produces("application/vnd.ms-excel")
    public Response file(@PathParam("name") String name) {
        byte[] bytes = exports.file(name);
        if (bytes == null) {
            throw new NotFoundException();
        }
        return Response.ok(bytes, "application/vnd.ms-excel")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The PNT export's run state, whichever instance runs it. */
    @GET
    @Path("pnt/progress")
    public JobProgress progress() {
        return jobs.exportProgress();
    }

    /** The digest job's run state. */
    @GET
    @Path("digests/progress")
    public JobProgress digestProgress() {
        return jobs.digestProgress();
    }

    /** Every cluster job's run state (running where and since when, done of total, last result and error). */
    @GET
    @Path("jobs")
    public List<JobProgress> jobs() {
        return jobs.jobs();
    }

    @GET
    @Path("pnt/bodies")
    public List<BodySwitchRow> bodies() {
        return records.bodies();
    }

    @PUT
    @Path("pnt/bodies/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Boolean> setSwitch(@PathParam("id") long id, Switch body) {
        if (body == null || body.enabled() == null) {
            throw new ValidationException("integration.switch.required");
        }
        deliveries.setWebService(id, body.enabled(), body.email());
        return Map.of("enabled", body.enabled());
    }

    @GET
    @Path("pnt/descriptors")
    public List<DescriptorRow> descriptors() {
        return descriptors.descriptors();
    }

    /** Reads an uploaded template (.xls bytes) and answers its fields, for mapping. */
    @POST
    @Path("pnt/templates")
    @Consumes({"application/vnd.ms-excel", MediaType.APPLICATION_OCTET_STREAM})
    public TemplateFields readTemplate(byte[] xls) {
        return descriptors.readTemplate(xls);
    }

    @POST
    @Path("pnt/descriptors")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Long> saveDescriptor(NewDescriptor body) {
        if (body == null || body.template() == null || body.sources() == null) {
            throw new ValidationException("integration.descriptor.empty");
        }
        byte[] xls;
        try {
            xls = Base64.getDecoder().decode(body.template());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("sipot.template.unreadable");
        }
        return Map.of("id", descriptors.save(body.kind(), date(body.effectiveFrom()), body.fileName(), xls, body.sources()));
    }

    @POST
    @Path("digests/run")
    public DigestRunner.Result runDigest(@QueryParam("frequency") @DefaultValue("DAILY") String frequency,
                                         @QueryParam("day") String day) {
        Frequency f;
        try {
            f = Frequency.valueOf(frequency);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("integration.digest.period");
        }
        return jobs.runDigest(f, day == null ? MexicoCity.today(clock).minusDays(1) : date(day));
    }

    /** The digests waiting por verificar (an interrupted send), oldest first: member, period, Message-ID, since when. */
    @GET
    @Path("digests/uncertain")
    public Map<String, Object> uncertainDigests(@QueryParam("size") @DefaultValue("100") int size) {
        List<DigestRunner.Uncertain> items = jobs.uncertainDigests(size);
        return Map.of("count", jobs.digestProgress().uncertain(), "items", items);
    }

    /** Digests por verificar settled in one pass: those found at the mail server marked sent, the others resent. */
    public record DigestSettle(List<ScheduledJobs.DigestKey> sent, List<ScheduledJobs.DigestKey> resend) {
    }

    @POST
    @Path("digests/uncertain/settle")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> settleDigests(DigestSettle body) {
        boolean noSent = body == null || body.sent() == null || body.sent().isEmpty();
        boolean noResend = body == null || body.resend() == null || body.resend().isEmpty();
        if (noSent && noResend) {
            throw new ValidationException("integration.digest.uncertain.none");
        }
        int sent = noSent ? 0 : jobs.markDigestsSent(body.sent());
        int resent = noResend ? 0 : jobs.resendDigests(body.resend());
        return Map.of("markedSent", sent, "resent", resent);
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new ValidationException("integration.descriptor.date");
        }
    }
}
