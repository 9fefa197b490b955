package mx.snt.vinculo.publication;

import java.time.LocalDate;

/** SIPOT reports by quarter: the period an output's date falls in. */
public record SipotPeriod(int year, int quarter) {

    public static SipotPeriod of(LocalDate date) {
        return new SipotPeriod(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static SipotPeriod parse(String key) {
        String[] p = key.split("-T");
        return new SipotPeriod(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    public LocalDate start() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    /** e.g. 2026-T4. */
    public String key() {
        return year + "-T" + quarter;
    }
}
