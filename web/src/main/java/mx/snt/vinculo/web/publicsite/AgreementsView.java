package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.publicsite.PublicAddress;
import mx.snt.vinculo.publicsite.PublicAgreementRow;
import mx.snt.vinculo.publicsite.PublicSite;
import mx.snt.vinculo.web.faces.QueryString;

import java.util.LinkedHashMap;
import java.util.Map;

/** The public register of agreements in force ({@code /convenios-vigentes}): words, pages of 20. */
@Named
@RequestScoped
public class AgreementsView {

    @EJB
    private PublicSite site;

    private String q;
    private String page;
    private Page<PublicAgreementRow> rows;

    public void load() {
        try {
            rows = site.agreementsInForce(q, RegisterPaging.first(page), RegisterPaging.SIZE);
        } catch (DomainException e) {
            PublicPage.badInput(e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof DomainException d)) {
                throw e;
            }
            PublicPage.badInput(d);
        }
    }

    public String link(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put(name, value == null ? null : value.toString());
        return QueryString.of(PublicAddress.AGREEMENTS, p);
    }

    public int getPageNumber() { return RegisterPaging.number(page); }
    public long getPageCount() { return RegisterPaging.count(rows); }
    public Page<PublicAgreementRow> getRows() { return rows; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
