package mx.snt.vinculo.web.integration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.publication.DeliveryState;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.publication.admin.BodySwitchRow;
import mx.snt.vinculo.publication.admin.DeadEventRow;
import mx.snt.vinculo.publication.admin.DeliveryActions;
import mx.snt.vinculo.publication.admin.DeliveryCount;
import mx.snt.vinculo.publication.admin.DeliveryRecords;
import mx.snt.vinculo.publication.admin.ExportFiles;
import mx.snt.vinculo.publication.admin.JobProgress;
import mx.snt.vinculo.publication.admin.OutboxAdmin;
import mx.snt.vinculo.publication.admin.PntRecordRow;
import mx.snt.vinculo.publication.admin.ScheduledJobs;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The integration console: states, counts, files, switches, and the "run now" actions. */
@Named
@ViewScoped
public class IntegrationConsoleView implements Serializable {

    @EJB
    private OutboxAdmin outboxAdmin;

    @EJB
    private DeliveryRecords deliveryRecords;

    @EJB
    private DeliveryActions deliveries;

    @EJB
    private ExportFiles exports;

    @EJB
    private ScheduledJobs jobs;

    @Inject
    private Clock clock;

    private String state;
    /** idRegistro typed per uncertain record (record id → text). */
    private final Map<Long, String> found = new java.util.HashMap<>();
    /** Uncertain records ticked for the grouped "ya está en la PNT" / "reenviar" (record id → ticked). */
    private final Map<Long, Boolean> selected = new java.util.HashMap<>();
    private PageModel<PntRecordRow> records;
    private List<DeliveryCount> counts;
    private Map<String, Long> outbox;
    private List<DeadEventRow> failedEvents;
    private List<BodySwitchRow> bodies;
    private List<PntExporter.ExportFile> files;
    private boolean webService;
    private JobProgress progress;
    private JobProgress digestProgress;
    /** Digests por verificar (an interrupted send), and those ticked ("memberId|period" → ticked). */
    private List<DigestRunner.Uncertain> uncertainDigests;
    private final Map<String, Boolean> digestSelected = new java.util.HashMap<>();
    private Frequency frequency = Frequency.DAILY;
    private LocalDate day;

    @PostConstruct
    void init() {
        day = MexicoCity.today(clock).minusDays(1);
        records = new PageModel<>(25, (first, size) -> deliveryRecords.records(DeliveryState.of(state), first, size));
        load();
    }

    private void load() {
        counts = deliveryRecords.counts();
        outbox = outboxAdmin.counts();
        failedEvents = outboxAdmin.deadEvents();
        bodies = deliveryRecords.bodies();
        files = exports.files();
        webService = deliveries.webServiceConfigured();
        uncertainDigests = jobs.uncertainDigests(200);
        refreshJobs();
    }

    /** Reads the long jobs' run state again (the page polls it: any instance may be running them). */
    public void refreshJobs() {
        progress = jobs.exportProgress();
        digestProgress = jobs.digestProgress();
    }

    public void filter() {
    }

    public void runOutbox() {
        Messages.info("int.outbox.ran", outboxAdmin.dispatchNow());
        load();
    }

    public void export() {
        try {
            Messages.info("int.export.ran", exports.exportNow());
        } catch (DomainException e) {
            Messages.error(e);  // e.g. another instance is running the export
        }
        load();
    }

    public void deliver() {
        Messages.info("int.ws.delivered", deliveries.deliverNow());
        load();
    }

    public void retryAll() {
        Messages.info("int.records.retried", deliveries.retry(null));
        load();
    }

    public void retry(PntRecordRow row) {
        Messages.info("int.records.retried", deliveries.retry(row.id()));
        load();
    }

    /** "Ya está en la PNT": the idRegistro the admin typed for that record. */
    public void confirmAtPnt(PntRecordRow row) {
        try {
            DeliveryState state = deliveries.confirmAtPnt(row.id(), found.get(row.id()));
            Messages.info("int.records.atPnt." + state, found.get(row.id()).strip());
            found.remove(row.id());
        } catch (DomainException e) {
            Messages.error(e);
        }
        load();
    }

    /** "Reenviar": the record is not at the PNT. */
    public void resend(PntRecordRow row) {
        try {
            deliveries.resend(row.id());
            Messages.info("int.records.resent");
        } catch (DomainException e) {
            Messages.error(e);
        }
        load();
    }

    /** Every ticked uncertain record is at the PNT, each under the idRegistro typed for it. */
    public void confirmSelectedAtPnt() {
        try {
            Map<Long, String> ids = new java.util.HashMap<>();
            ticked().forEach(id -> ids.put(id, found.get(id)));
            Messages.info("int.records.settled", deliveries.confirmAllAtPnt(ids));
            ids.keySet().forEach(found::remove);
            selected.clear();
        } catch (DomainException e) {
            Messages.error(e);
        }
        load();
    }

    /** Every ticked uncertain record is not at the PNT: all are sent again. */
    public void resendSelected() {
        Messages.info("int.records.settled", deliveries.resendAll(ticked()));
        selected.clear();
        load();
    }

    private List<Long> ticked() {
        return selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }

    public Map<Long, Boolean> getSelected() { return selected; }

    public void retryEvent(DeadEventRow e) {
        Messages.info("int.records.retried", outboxAdmin.retryEvent(e.id()));
        load();
    }

    public void toggle(BodySwitchRow b) {
        try {
            deliveries.setWebService(b.bodyId(), !b.enabled(), b.email());
            Messages.info("int.ws.saved");
        } catch (DomainException e) {
            Messages.error(e);
        }
        load();
    }

    public void runDigest() {
        try {
            if (day == null) {
                throw new mx.snt.vinculo.common.ValidationException("integration.digest.period");
            }
            LocalDate d = day;
            DigestRunner.Result r = jobs.runDigest(frequency, d);
            Messages.info("int.digest.ran", DigestPeriods.words(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale(), r.period()), r.sent(), r.alreadySent(), r.nothingNew(), r.failed(), r.uncertain());
        } catch (DomainException e) {
            Messages.error(e);
        }
        refreshJobs();
    }

    /** The ticked digests por verificar were delivered (found at the mail server by their Message-ID): marked sent. */
    public void markDigestsSent() {
        try {
            Messages.info("int.digest.uncertain.marked", jobs.markDigestsSent(tickedDigests()));
            digestSelected.clear();
        } catch (DomainException e) {
            Messages.error(e);
        }
        load();
    }

    /** The ticked digests por verificar were not delivered: sent again, with the same Message-ID. */
    public void resendDigests() {
        try {
            Messages.info("int.digest.uncertain.resent", jobs.resendDigests(tickedDigests()));
            digestSelected.clear();
        } catch (DomainException e) {
            Messages.error(e);  // e.g. a digest run is live on some instance
        }
        load();
    }

    public String digestKey(DigestRunner.Uncertain u) {
        return u.memberId() + "|" + u.period();
    }

    private List<ScheduledJobs.DigestKey> tickedDigests() {
        return uncertainDigests.stream().filter(u -> Boolean.TRUE.equals(digestSelected.get(digestKey(u))))
                .map(u -> new ScheduledJobs.DigestKey(u.memberId(), u.period())).toList();
    }

    public List<DigestRunner.Uncertain> getUncertainDigests() { return uncertainDigests; }
    public Map<String, Boolean> getDigestSelected() { return digestSelected; }

    /** A digest por verificar's period in words ("Diario del 01/12/2026"), not its key. */
    public String period(DigestRunner.Uncertain u) {
        String words = DigestPeriods.words(locale(), u.period());
        return words == null || words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** When a digest por verificar was attempted, in Mexico City. */
    public String attempted(DigestRunner.Uncertain u) {
        return u.attemptedAt() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
                .format(MexicoCity.at(u.attemptedAt()));
    }

    /** "Marcar como cargado en SIPOT" (after the confirmation): the file is kept as loaded; its records follow. */
    public void markLoaded(PntExporter.ExportFile f) {
        try {
            PntExporter.ExportFile done = exports.markLoaded(f.id());
            Messages.info("int.export.marked", done.name(), done.records());
        } catch (DomainException e) {
            Messages.error(e);  // marked already, or rewritten by an export since the page showed it
        }
        load();
    }

    /** The confirmation's question, naming the file. */
    public String confirmLoaded(PntExporter.ExportFile f) {
        return mx.snt.vinculo.web.Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "int.export.confirm", f.name());
    }

    /** "Cargado en SIPOT el dd/MM/yyyy por …" of a loaded file. */
    public String loadedOn(PntExporter.ExportFile f) {
        return f.loadedAt() == null ? "" : mx.snt.vinculo.web.Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                "int.export.loadedOn", mx.snt.vinculo.publication.SipotMapper.SIPOT_DATE.format(MexicoCity.dayOf(f.loadedAt())),
                f.loadedBy());
    }

    /** Sends one export file with its name. */
    public void download(String name) throws IOException {
        byte[] bytes = exports.file(name);
        if (bytes == null) {
            NotFound.send();
            return;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("application/vnd.ms-excel");
        ec.setResponseContentLength(bytes.length);
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ec.getResponseOutputStream().write(bytes);
        fc.responseComplete();
    }

    public JobProgress getProgress() { return progress; }
    public JobProgress getDigestProgress() { return digestProgress; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state == null || state.isBlank() ? null : state; }
    public String[] getStates() { return java.util.Arrays.stream(DeliveryState.values()).map(Enum::name).toArray(String[]::new); }
    public Map<Long, String> getFound() { return found; }
    public PageModel<PntRecordRow> getRecords() { return records; }
    public List<DeliveryCount> getCounts() { return counts; }
    public Map<String, Long> getOutbox() { return outbox; }
    public List<Map.Entry<String, Long>> getOutboxEntries() { return List.copyOf(outbox.entrySet()); }
    public List<DeadEventRow> getFailedEvents() { return failedEvents; }
    public List<BodySwitchRow> getBodies() { return bodies; }
    public List<PntExporter.ExportFile> getFiles() { return files; }
    public boolean isWebService() { return webService; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public Frequency[] getFrequencies() { return new Frequency[]{Frequency.DAILY, Frequency.WEEKLY}; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }

    /** Who runs a job, in words: "server en vm (proceso 6376)" for {@code server@vm #6376}. */
    public String owner(String owner) {
        return ownerWords(locale(), owner);
    }

    /** How a job's last run ended, in words: "14 archivos", "Resumen diario del 01/12/2026: 3 enviados, …". */
    public String result(String lastResult) {
        return resultWords(locale(), lastResult);
    }

    private static java.util.Locale locale() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("(?:(.+)@)?(.+) #(\\d+)");
    private static final java.util.regex.Pattern DIGEST = java.util.regex.Pattern.compile(
            "(?:reenvío )?(\\S+) sent=(\\d+) already=(\\d+) nothingNew=(\\d+) failed=(\\d+)(?: porVerificar=(\\d+))?");

    static String ownerWords(java.util.Locale locale, String owner) {
        java.util.regex.Matcher m = owner == null ? null : OWNER.matcher(owner.strip());
        if (m == null || !m.matches()) {
            return owner == null ? "" : owner;
        }
        return m.group(1) == null ? mx.snt.vinculo.web.Texts.get(locale, "int.job.owner.host", m.group(2), m.group(3))
                : mx.snt.vinculo.web.Texts.get(locale, "int.job.owner", m.group(1), m.group(2), m.group(3));
    }

    static String resultWords(java.util.Locale locale, String result) {
        if (result == null || result.isBlank()) {
            return "—";
        }
        if (result.matches("files=\\d+")) {
            return mx.snt.vinculo.web.Texts.get(locale, "int.job.result.files", Integer.parseInt(result.substring(6)));
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String one : result.split("; ")) {
            java.util.regex.Matcher m = DIGEST.matcher(one.strip());
            if (!m.matches()) {
                return result;
            }
            parts.add(mx.snt.vinculo.web.Texts.get(locale, "int.digest.ran", DigestPeriods.words(locale, m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
        }
        return String.join(" ", parts);
    }
}
