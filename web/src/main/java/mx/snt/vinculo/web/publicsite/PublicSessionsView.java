package mx.snt.vinculo.web.publicsite;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.publicsite.PublicAddress;
import mx.snt.vinculo.publicsite.PublicSessionRow;
import mx.snt.vinculo.publicsite.PublicSite;
import mx.snt.vinculo.publicsite.PublicUnit;
import mx.snt.vinculo.web.faces.QueryString;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public sessions ({@code /sesiones/publicas}): the upcoming ones and those held (pages of 20,
 * optionally of one commission or region), and a month's calendar ({@code ?mes=2026-12}) as a
 * table of weeks, with links to the previous and next month.
 */
@Named
@RequestScoped
public class PublicSessionsView {

    @EJB
    private PublicSite site;

    @Inject
    private Clock clock;

    private String unit;
    private String month;
    private String page;
    private Page<PublicSessionRow> upcoming;
    private Page<PublicSessionRow> held;
    private YearMonth shown;
    private List<List<Day>> weeks;
    private List<PublicUnit> units;

    public void load() {
        units = site.units();
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(MexicoCity.today(clock)) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            shown = YearMonth.from(MexicoCity.today(clock));
            PublicPage.badInput(new mx.snt.vinculo.common.ValidationException("public.filter.month"));
        }
        try {
            upcoming = site.sessions(unit, true, 0, RegisterPaging.SIZE);
            held = site.sessions(unit, false, RegisterPaging.first(page), RegisterPaging.SIZE);
            weeks = weeks(shown, site.month(shown));
        } catch (DomainException e) {
            PublicPage.badInput(e);
        } catch (EJBException e) {
            if (!(e.getCause() instanceof DomainException d)) {
                throw e;
            }
            PublicPage.badInput(d);
        }
    }

    /** The month as weeks from Monday to Sunday; days outside the month are blank cells. */
    static List<List<Day>> weeks(YearMonth month, List<PublicSessionRow> sessions) {
        Map<LocalDate, List<PublicSessionRow>> byDay = new LinkedHashMap<>();
        for (PublicSessionRow r : sessions) {
            byDay.computeIfAbsent(MexicoCity.dayOf(r.startsAt()), k -> new ArrayList<>()).add(r);
        }
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate d = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!d.isAfter(end)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, d = d.plusDays(1)) {
                boolean in = YearMonth.from(d).equals(month);
                week.add(new Day(d, in, in ? List.copyOf(byDay.getOrDefault(d, List.of())) : List.of()));
            }
            weeks.add(week);
        }
        return weeks;
    }

    public String link(String name, Object value) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("comision", unit);
        p.put("mes", month);
        p.put(name, value == null ? null : value.toString());
        return QueryString.of(PublicAddress.SESSIONS, p);
    }

    public String getPrevious() { return link("mes", shown.minusMonths(1).toString()) + "#calendario"; }
    public String getNext() { return link("mes", shown.plusMonths(1).toString()) + "#calendario"; }
    public YearMonth getShown() { return shown; }
    public int getMonthNumber() { return shown.getMonthValue(); }
    public List<List<Day>> getWeeks() { return weeks; }
    public Page<PublicSessionRow> getUpcoming() { return upcoming; }
    public Page<PublicSessionRow> getHeld() { return held; }
    public List<PublicUnit> getUnits() { return units; }
    public int getPageNumber() { return RegisterPaging.number(page); }
    public long getPageCount() { return RegisterPaging.count(held); }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }

    /** A day of the calendar: its sessions (none outside the month). */
    public record Day(LocalDate date, boolean inMonth, List<PublicSessionRow> sessions) implements Serializable {
        public int number() {
            return date.getDayOfMonth();
        }
    }
}
