package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.publicsite.PublicAcuerdoRow;
import mx.snt.vinculo.publicsite.PublicSite;

/** One published acuerdo at its stable address ({@code /acuerdos/CVPDCS-SO-03-2026-04}). */
@Named
@RequestScoped
public class AcuerdoView {

    @EJB
    private PublicSite site;

    private String code;
    private PublicAcuerdoRow acuerdo;

    public void load() {
        try {
            acuerdo = site.acuerdo(code);
        } catch (NotFoundException e) {
            PublicPage.notFound();
        } catch (EJBException e) {
            if (!(e.getCause() instanceof NotFoundException)) {
                throw e;
            }
            PublicPage.notFound();
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public PublicAcuerdoRow getAcuerdo() { return acuerdo; }
}
