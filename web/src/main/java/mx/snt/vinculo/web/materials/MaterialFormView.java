package mx.snt.vinculo.web.materials;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.materials.ChartKind;
import mx.snt.vinculo.materials.MaterialCatalogue;
import mx.snt.vinculo.materials.MaterialDetail;
import mx.snt.vinculo.materials.MaterialInput;
import mx.snt.vinculo.materials.MaterialKind;
import mx.snt.vinculo.materials.MaterialQueries;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.SamePage;
import mx.snt.vinculo.web.proposals.Uploads;

import java.io.Serializable;

/**
 * The material form: a new one ({@code /materiales/editar.xhtml?ws=<workspace>&tipo=<kind>}) or an edit
 * ({@code ?id=}). Saving leads to the material's page; a refusal stays with what was typed and the message.
 */
@Named
@ViewScoped
public class MaterialFormView implements Serializable {

    @EJB
    private MaterialQueries queries;
    @EJB
    private MaterialCatalogue catalogue;

    private String id;
    private String ws;
    private String tipo;
    private Long workspaceId;
    private String workspaceName;
    private MaterialDetail editing;
    private MaterialKind kind;
    private String title;
    private String description;
    private String mediaUrl;
    private String bodyText;
    private String dataCsv;
    private ChartKind chart = ChartKind.BAR;
    private transient Part file;

    public void load() {
        if (editing != null || workspaceId != null) {
            return;  // a postback of the same view
        }
        try {
            if (id != null && !id.isBlank()) {
                Long mid = NotFound.id(id);
                editing = mid == null ? null : queries.get(mid);
                if (editing == null || !editing.editable()) {
                    NotFound.send();
                    return;
                }
                workspaceId = editing.workspaceId();
                workspaceName = editing.workspaceName();
                kind = editing.kind();
                title = editing.title();
                description = editing.description();
                mediaUrl = editing.mediaUrl();
                bodyText = editing.bodyText();
                dataCsv = editing.dataCsv();
                chart = editing.chart() == null ? ChartKind.BAR : editing.chart();
            } else {
                workspaceId = NotFound.id(ws);
                if (workspaceId == null || !queries.canCreate(workspaceId)) {
                    NotFound.send();
                    return;
                }
                workspaceName = queries.workspaceName(workspaceId);
                kind = MaterialKind.parse(tipo) == null ? MaterialKind.DOCUMENTARY : MaterialKind.parse(tipo);
            }
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    public String save() {
        MaterialInput in = new MaterialInput(kind, title, description, mediaUrl, bodyText, dataCsv, chart);
        try {
            MaterialDetail saved = editing == null
                    ? catalogue.create(workspaceId, in, Uploads.name(file), Uploads.bytes(file))
                    : catalogue.edit(editing.id(), editing.version(), in, Uploads.name(file), Uploads.bytes(file));
            Messages.info(editing == null ? "material.created" : "material.saved");
            return SamePage.of("/materiales/ver", saved.id());
        } catch (DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public boolean isNew() { return editing == null; }
    public boolean isTakesFile() { return kind == MaterialKind.DOCUMENTARY || kind == MaterialKind.STENOGRAPHIC; }
    public MaterialKind[] getKinds() { return MaterialKind.values(); }
    public ChartKind[] getCharts() { return ChartKind.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getWs() { return ws; }
    public void setWs(String ws) { this.ws = ws; }
    public String getTipo() { return tipo; }
    public void setTipo(String tipo) { this.tipo = tipo; }
    public Long getWorkspaceId() { return workspaceId; }
    public String getWorkspaceName() { return workspaceName; }
    public MaterialDetail getEditing() { return editing; }
    public MaterialKind getKind() { return kind; }
    public void setKind(MaterialKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getMediaUrl() { return mediaUrl; }
    public void setMediaUrl(String mediaUrl) { this.mediaUrl = mediaUrl; }
    public String getBodyText() { return bodyText; }
    public void setBodyText(String bodyText) { this.bodyText = bodyText; }
    public String getDataCsv() { return dataCsv; }
    public void setDataCsv(String dataCsv) { this.dataCsv = dataCsv; }
    public ChartKind getChart() { return chart; }
    public void setChart(ChartKind chart) { this.chart = chart; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
