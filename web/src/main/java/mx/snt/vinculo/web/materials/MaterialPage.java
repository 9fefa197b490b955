package mx.snt.vinculo.web.materials;

import jakarta.ejb.EJB;
import mx.snt.vinculo.web.faces.PageScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.materials.MaterialCatalogue;
import mx.snt.vinculo.materials.MaterialDetail;
import mx.snt.vinculo.materials.MaterialKind;
import mx.snt.vinculo.materials.MaterialQueries;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.proposals.Uploads;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;

/**
 * One material's page: what it holds by kind (file, player, text, table and chart, gallery); for members of its
 * workspace, who may see it and the gallery's images (each added with its alternative text).
 */
@Named
@PageScoped
public class MaterialPage implements Serializable {

    @EJB
    private MaterialQueries queries;
    @EJB
    private MaterialCatalogue catalogue;

    private String id;
    private MaterialDetail material;
    private Visibility visibility;
    private String altText;
    private String caption;
    private transient Part image;

    public void load() {
        Long mid = NotFound.id(id);
        if (mid == null) {
            NotFound.send();
            return;
        }
        try {
            show(queries.get(mid));
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    public void changeVisibility() {
        try {
            show(catalogue.changeVisibility(material.id(), material.version(), visibility));
            Messages.info("material.visibility.done");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void addImage() {
        try {
            show(catalogue.addImage(material.id(), material.version(), Uploads.name(image), Uploads.bytes(image), altText, caption));
            Messages.info("material.image.done");
            altText = null;
            caption = null;
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void removeImage(long imageId) {
        try {
            show(catalogue.removeImage(material.id(), material.version(), imageId));
            Messages.info("material.image.removed");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    private void show(MaterialDetail m) {
        material = m;
        visibility = m.visibility();
    }

    /** The chart as SVG, with its title and text alternative in the page's language. */
    public String getChart() {
        if (material == null || material.table() == null) {
            return "";
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<String> n = StatChart.numbers(material.table());
        String description = Texts.get(locale, "material.chart.description." + material.chart().name(), n.toArray());
        return StatChart.svg(material.table(), material.chart(), "chart-" + material.id(),
                Texts.get(locale, "material.chart.title", material.title()), description);
    }

    public MediaEmbed getMedia() {
        return material == null ? null : MediaEmbed.of(material.mediaUrl());
    }

    public boolean isGallery() {
        return material != null && material.kind() == MaterialKind.PHOTOGRAPHIC;
    }

    public Visibility[] getVisibilities() { return Visibility.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public MaterialDetail getMaterial() { return material; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public String getAltText() { return altText; }
    public void setAltText(String altText) { this.altText = altText; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
    public Part getImage() { return image; }
    public void setImage(Part image) { this.image = image; }
}
