package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.publicsite.PublicSite;
import mx.snt.vinculo.publicsite.PublicUnitPage;

/** A commission's or region's public page ({@code /comisiones/cvpdcs}, {@code /regiones/rcentro}). */
@Named
@RequestScoped
public class UnitView {

    @EJB
    private PublicSite site;

    private String type;
    private String slug;
    private PublicUnitPage page;

    public void load() {
        WorkspaceType t = "comisiones".equals(type) ? WorkspaceType.COMMISSION : "regiones".equals(type) ? WorkspaceType.REGION : null;
        try {
            if (t == null) {
                throw new NotFoundException();
            }
            page = site.unit(t, slug);
        } catch (NotFoundException | EJBException e) {
            if (e instanceof EJBException x && !(x.getCause() instanceof NotFoundException)) {
                throw x;
            }
            PublicPage.notFound();
        }
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public PublicUnitPage getPage() { return page; }
}
