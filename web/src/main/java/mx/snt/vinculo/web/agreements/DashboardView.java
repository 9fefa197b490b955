package mx.snt.vinculo.web.agreements;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.agreements.AgreementDashboard;
import mx.snt.vinculo.agreements.AgreementDashboard.YearTypeCount;
import mx.snt.vinculo.agreements.AgreementQueries;

import java.io.Serializable;

/** Counts by state and a bar chart of agreements by year and type (with its data table). */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    @EJB
    private AgreementQueries agreements;

    private AgreementDashboard dashboard;
    private long max;

    public void load() {
        dashboard = agreements.dashboard();
        max = Math.max(1, dashboard.byYearAndType().stream().mapToLong(YearTypeCount::count).max().orElse(1));
    }

    /** Bar width in percent of the largest group. */
    public long width(long count) {
        return Math.round(100.0 * count / max);
    }

    public AgreementDashboard getDashboard() { return dashboard; }
}
