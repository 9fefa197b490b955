package mx.snt.vinculo.web.integration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.publication.admin.DescriptorRow;
import mx.snt.vinculo.publication.admin.FormatDescriptors;
import mx.snt.vinculo.publication.admin.TemplateFields;
import mx.snt.vinculo.publication.OutputSources;
import mx.snt.vinculo.publication.PntRecords;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.SamePage;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Format descriptors: the list, and a new version from an uploaded official template. */
@Named
@ViewScoped
public class FormatsView implements Serializable {

    @EJB
    private FormatDescriptors formats;

    private List<DescriptorRow> descriptors;
    private transient Part upload;
    private byte[] template;
    private String fileName;
    private TemplateFields fields;
    private String kind = "ACUERDO";
    private LocalDate effectiveFrom;

    @Inject
    private Clock clock;
    private final Map<String, String> sources = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        effectiveFrom = MexicoCity.today(clock);
        descriptors = formats.descriptors();
    }

    public void read() {
        // The template just read lives in this view until it is mapped and saved: no redirect.
        SamePage.stay();
        try {
            if (upload == null || upload.getSize() == 0) {
                throw new ValidationException("int.formats.noFile");
            }
            try (InputStream in = upload.getInputStream()) {
                template = in.readAllBytes();
            }
            fileName = upload.getSubmittedFileName();
            fields = formats.readTemplate(template);
            sources.clear();
            fields.fields().forEach(f -> sources.put(f.idCampo(), ""));
            // Counted as SIPOT counts them: the sub-tables' fields are part of their TABLE field.
            Messages.info("int.formats.readOk", fields.formatId(), fields.fields().stream().filter(f -> !f.idCampo().contains("/")).count());
        } catch (DomainException e) {
            fields = null;
            Messages.error(e);
        } catch (IOException e) {
            fields = null;
            Messages.error(new ValidationException("sipot.template.unreadable"));
        }
    }

    public void save() {
        try {
            if (effectiveFrom == null) {
                throw new ValidationException("integration.descriptor.date");
            }
            LocalDate from = effectiveFrom;
            formats.save(kind, from, fileName, template, sources);
            Messages.info("int.formats.saved");
            fields = null;
            template = null;
            descriptors = formats.descriptors();
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    /** The template of a descriptor (built in, or as uploaded), to fill by hand or to compare with SIPOT's. */
    public void download(DescriptorRow d) throws IOException {
        byte[] bytes;
        try {
            bytes = formats.template(d.id());
        } catch (DomainException e) {
            Messages.error(e);
            return;
        }
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("application/vnd.ms-excel");
        ec.setResponseContentLength(bytes.length);
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"Formato_" + d.formatId() + ".xls\"");
        ec.getResponseOutputStream().write(bytes);
        fc.responseComplete();
    }

    /** A catalog's options as a person reads them ("—" when the field has none), not a Java list. */
    public String joined(java.util.Collection<?> values) {
        return values == null || values.isEmpty() ? "—"
                : String.join(", ", values.stream().map(String::valueOf).toList());
    }

    /** One field of a descriptor and, in words, where its value comes from. */
    public record MappingRow(String field, String source) implements Serializable {
    }

    /** A descriptor's mapping as a table people read (field → source label), never as raw source codes. */
    public List<MappingRow> mapping(DescriptorRow d) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return d.sources().entrySet().stream()
                .map(e -> new MappingRow(e.getKey(), sourceLabel(locale, d.kind(), e.getValue())))
                .toList();
    }

    static String sourceLabel(java.util.Locale locale, String kind, String source) {
        if (source == null || source.isBlank()) {
            return mx.snt.vinculo.web.Texts.get(locale, "int.formats.source.none");
        }
        if (source.startsWith("const:")) {
            return mx.snt.vinculo.web.Texts.get(locale, "int.formats.source.const", source.substring("const:".length()));
        }
        String key = "int.src." + (OutputSources.COMMON.contains(source) ? "" : kind + ".") + source.replace(':', '.');
        return mx.snt.vinculo.web.Texts.has(locale, key) ? mx.snt.vinculo.web.Texts.get(locale, key)
                : mx.snt.vinculo.web.Texts.get(locale, "int.formats.source.other", source);
    }

    /** A source the chosen kind of output offers, with the key of its label. */
    public record Suggestion(String source, String labelKey) implements Serializable {
    }

    public List<Suggestion> getSuggestions() {
        return OutputSources.of(kind).stream()
                .map(s -> new Suggestion(s, "int.src." + (OutputSources.COMMON.contains(s) ? "" : kind + ".") + s.replace(':', '.')))
                .toList();
    }

    public List<String> getKinds() { return List.copyOf(new TreeSet<>(PntRecords.KINDS)); }
    public List<DescriptorRow> getDescriptors() { return descriptors; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public TemplateFields getFields() { return fields; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public Map<String, String> getSources() { return sources; }
}
