package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.publicsite.AcuerdoFilter;
import mx.snt.vinculo.publicsite.PublicAcuerdoRow;
import mx.snt.vinculo.publicsite.PublicAddress;
import mx.snt.vinculo.publicsite.PublicSite;
import mx.snt.vinculo.publicsite.PublicUnit;
import mx.snt.vinculo.web.faces.QueryString;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public register of acuerdos ({@code /acuerdos}): a GET form (words, commission or region,
 * year, result), pages of 20 read from the database, every filter in the address.
 */
@Named
@RequestScoped
public class AcuerdosView {

    @EJB
    private PublicSite site;

    private String q;
    private String unit;
    private String year;
    private String result;
    private String page;
    private Page<PublicAcuerdoRow> rows;
    private List<PublicUnit> units;

    public void load() {
        units = site.units();
        try {
            rows = site.acuerdos(new AcuerdoFilter(q, unit, AcuerdoFilter.year(year), result), RegisterPaging.first(page),
                    RegisterPaging.SIZE);
        } catch (DomainException e) {
            PublicPage.badInput(e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof DomainException d)) {
                throw e;
            }
            PublicPage.badInput(d);
        }
    }

    /** This register's address with its filters and another value for one of them. */
    public String link(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("comision", unit);
        p.put("anio", year);
        p.put("resultado", result);
        p.put(name, value == null ? null : value.toString());
        return QueryString.of(PublicAddress.ACUERDOS, p);
    }

    public int getPageNumber() { return RegisterPaging.number(page); }
    public long getPageCount() { return RegisterPaging.count(rows); }
    public List<PublicUnit> getUnits() { return units; }
    public Page<PublicAcuerdoRow> getRows() { return rows; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public WorkspaceType[] getTypes() { return WorkspaceType.values(); }
}
