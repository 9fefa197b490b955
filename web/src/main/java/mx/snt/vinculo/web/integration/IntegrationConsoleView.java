package mx.snt.vinculo.web.integration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.digests.DigestRunner;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.integration.console.ConsoleViews;
import mx.snt.vinculo.integration.console.IntegrationConsole;
import mx.snt.vinculo.platform.ClusterJobs;
import mx.snt.vinculo.publication.PntExporter;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The integration console: states, counts, files, switches, and the "run now" actions. */
@Named
@ViewScoped
public class IntegrationConsoleView implements Serializable {

    @EJB
    private IntegrationConsole console;

    private String state;
    /** idRegistro typed per uncertain record (record id → text). */
    private final Map<Long, String> found = new java.util.HashMap<>();
    private PageModel<ConsoleViews.RecordRow> records;
    private List<ConsoleViews.Count> counts;
    private Map<String, Long> outbox;
    private List<ConsoleViews.DeadEvent> failedEvents;
    private List<ConsoleViews.BodySwitch> bodies;
    private List<PntExporter.ExportFile> files;
    private boolean webService;
    private ConsoleViews.Progress progress;
    private ConsoleViews.Progress digestProgress;
    private Frequency frequency = Frequency.DAILY;
    private String day = LocalDate.now(DigestRunner.MEXICO).minusDays(1).toString();

    @PostConstruct
    void init() {
        records = new PageModel<>((first, size) -> console.records(state, first, size));
        load();
    }

    private void load() {
        counts = console.counts();
        outbox = console.outboxCounts();
        failedEvents = console.deadEvents();
        bodies = console.bodies();
        files = console.files();
        webService = console.webServiceConfigured();
        refreshJobs();
    }

    /** Reads the long jobs' run state again (the page polls it: any instance may be running them). */
    public void refreshJobs() {
        progress = console.progress();
        digestProgress = console.job(ClusterJobs.DIGESTS);
    }

    public void filter() {
    }

    public void runOutbox() {
        Messages.info("int.outbox.ran", console.dispatchNow());
        load();
    }

    public void export() {
        try {
            Messages.info("int.export.ran", console.exportNow());
        } catch (DomainException e) {
            Messages.error(e);  // e.g. another instance is running the export
        }
        load();
    }

    public void deliver() {
        Messages.info("int.ws.delivered", console.deliverNow());
        load();
    }

    public void retryAll() {
        Messages.info("int.records.retried", console.retry(null));
        load();
    }

    public void retry(ConsoleViews.RecordRow row) {
        Messages.info("int.records.retried", console.retry(row.id()));
        load();
    }

    /** "Ya está en la PNT": the idRegistro the admin typed for that record. */
    public void confirmAtPnt(ConsoleViews.RecordRow row) {
        try {
            String state = console.confirmAtPnt(row.id(), found.get(row.id()));
            Messages.info("int.records.atPnt." + state, found.get(row.id()).strip());
            found.remove(row.id());
        } catch (DomainException e) {
            Messages.error(e);
        }
        load();
    }

    /** "Reenviar": the record is not at the PNT. */
    public void resend(ConsoleViews.RecordRow row) {
        try {
            console.resend(row.id());
            Messages.info("int.records.resent");
        } catch (DomainException e) {
            Messages.error(e);
        }
        load();
    }

    public void retryEvent(ConsoleViews.DeadEvent e) {
        Messages.info("int.records.retried", console.retryEvent(e.id()));
        load();
    }

    public void toggle(ConsoleViews.BodySwitch b) {
        try {
            console.setWebService(b.bodyId(), !b.enabled(), b.email());
            Messages.info("int.ws.saved");
        } catch (DomainException e) {
            Messages.error(e);
        }
        load();
    }

    public void runDigest() {
        try {
            LocalDate d;
            try {
                d = LocalDate.parse(day == null ? "" : day.strip());
            } catch (DateTimeParseException e) {
                throw new mx.snt.vinculo.common.ValidationException("integration.digest.period");
            }
            DigestRunner.Result r = console.runDigest(frequency, d);
            Messages.info("int.digest.ran", r.period(), r.sent(), r.alreadySent(), r.nothingNew(), r.failed());
        } catch (DomainException e) {
            Messages.error(e);
        }
        refreshJobs();
    }

    /** Sends one export file with its name. */
    public void download(String name) throws IOException {
        byte[] bytes = console.file(name);
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

    public ConsoleViews.Progress getProgress() { return progress; }
    public ConsoleViews.Progress getDigestProgress() { return digestProgress; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state == null || state.isBlank() ? null : state; }
    public String[] getStates() { return new String[]{"PENDING", "SENDING", "DELIVERED", "FAILED", "DEAD", "UNCERTAIN"}; }
    public Map<Long, String> getFound() { return found; }
    public PageModel<ConsoleViews.RecordRow> getRecords() { return records; }
    public List<ConsoleViews.Count> getCounts() { return counts; }
    public Map<String, Long> getOutbox() { return outbox; }
    public List<Map.Entry<String, Long>> getOutboxEntries() { return List.copyOf(outbox.entrySet()); }
    public List<ConsoleViews.DeadEvent> getFailedEvents() { return failedEvents; }
    public List<ConsoleViews.BodySwitch> getBodies() { return bodies; }
    public List<PntExporter.ExportFile> getFiles() { return files; }
    public boolean isWebService() { return webService; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public Frequency[] getFrequencies() { return new Frequency[]{Frequency.DAILY, Frequency.WEEKLY}; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
}
