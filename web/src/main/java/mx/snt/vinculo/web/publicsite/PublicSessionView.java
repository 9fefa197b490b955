package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.publicsite.PublicSession;
import mx.snt.vinculo.publicsite.PublicSite;
import mx.snt.vinculo.web.faces.NotFound;

/**
 * A public session's page ({@code /sesiones/cvpdcs/2026/so-03}); {@code ?t=} (seconds) opens the
 * recording at a chapter: the chapter links are plain links to this page, so they work without
 * JavaScript and can be shared.
 */
@Named
@RequestScoped
public class PublicSessionView {

    @EJB
    private PublicSite site;

    private String slug;
    private String year;
    private String label;
    private String t;
    private PublicSession session;

    public void load() {
        try {
            session = site.session(slug, year, label);
        } catch (NotFoundException e) {
            PublicPage.notFound();
        } catch (EJBException e) {
            if (!(e.getCause() instanceof NotFoundException)) {
                throw e;
            }
            PublicPage.notFound();
        }
    }

    /** The chapter asked for, in seconds (null: from the start). */
    public Integer getStart() {
        Long s = NotFound.id(t);
        return s == null ? null : (int) Math.min(s, 24 * 3600);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getT() { return t; }
    public void setT(String t) { this.t = t; }
    public PublicSession getSession() { return session; }
}
