package mx.snt.vinculo.web.materials;

import mx.snt.vinculo.materials.ChartKind;
import mx.snt.vinculo.materials.StatTable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * A statistical material's chart as inline SVG, drawn on the server: no script, nothing from a third party,
 * readable without JavaScript. The SVG is {@code role="img"} named by its title and described by a sentence
 * (the chart's text alternative: which series, how many rows, the range); the table beside it carries every
 * number. Series take distinct colours that keep 3:1 against white (WCAG 1.4.11) and a legend names them, and
 * lines also differ by dash, so colour is never the only cue.
 */
public final class StatChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 64;
    /** Navy, dark orange, green, purple, teal, brown: each at least 3:1 against white. */
    private static final String[] COLOURS = {"#0b4f8a", "#b34700", "#2e7d32", "#6a1b9a", "#00695c", "#6d4c41"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"};

    private StatChart() {
    }

    /** The SVG element; {@code title} and {@code description} are escaped here. */
    public static String svg(StatTable t, ChartKind kind, String id, String title, String description) {
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"stat-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" aria-labelledby=\"").append(id).append("-t ").append(id)
                .append("-d\" id=\"").append(id).append("\">");
        s.append("<title id=\"").append(id).append("-t\">").append(escape(title)).append("</title>");
        s.append("<desc id=\"").append(id).append("-d\">").append(escape(description)).append("</desc>");
        // Grid lines on round numbers (1, 2 or 5 × 10ⁿ apart), so the axis reads 0, 400, 800… not 371.75.
        double step = niceStep((t.max().doubleValue() - t.min().doubleValue()) / 4);
        double min = Math.floor(t.min().doubleValue() / step) * step;
        double max = Math.max(min + step, Math.ceil(t.max().doubleValue() / step) * step);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double lo = min;
        double range = max - min;
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - (v - lo) / range * plotH;
        // axes and four grid lines with their values
        int lines = (int) Math.round(range / step);
        for (int g = 0; g <= lines; g++) {
            double v = min + step * g;
            double gy = y.applyAsDouble(v);
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(gy))
                    .append("\" y2=\"").append(f(gy)).append("\" stroke=\"#d0d4da\" stroke-width=\"1\"/>");
            s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(gy + 4)).append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#333\">")
                    .append(escape(number(v))).append("</text>");
        }
        int rows = t.labels().size();
        int series = t.series().size();
        double band = plotW / rows;
        double zero = y.applyAsDouble(Math.max(0, min));
        if (kind == ChartKind.LINE) {
            for (int c = 0; c < series; c++) {
                StringBuilder points = new StringBuilder();
                for (int r = 0; r < rows; r++) {
                    double x = LEFT + band * r + band / 2;
                    points.append(f(x)).append(',').append(f(y.applyAsDouble(t.values().get(r).get(c).doubleValue()))).append(' ');
                }
                s.append("<polyline fill=\"none\" stroke=\"").append(COLOURS[c % COLOURS.length]).append("\" stroke-width=\"2.5\"");
                if (!DASHES[c % DASHES.length].isEmpty()) {
                    s.append(" stroke-dasharray=\"").append(DASHES[c % DASHES.length]).append('"');
                }
                s.append(" points=\"").append(points.toString().strip()).append("\"/>");
                for (int r = 0; r < rows; r++) {
                    double x = LEFT + band * r + band / 2;
                    s.append("<circle r=\"3.5\" fill=\"").append(COLOURS[c % COLOURS.length]).append("\" cx=\"").append(f(x))
                            .append("\" cy=\"").append(f(y.applyAsDouble(t.values().get(r).get(c).doubleValue()))).append("\"/>");
                }
            }
        } else {
            double barW = band * 0.8 / series;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < series; c++) {
                    double v = t.values().get(r).get(c).doubleValue();
                    double top = Math.min(y.applyAsDouble(v), zero);
                    double h = Math.abs(y.applyAsDouble(v) - zero);
                    double x = LEFT + band * r + band * 0.1 + barW * c;
                    s.append("<rect fill=\"").append(COLOURS[c % COLOURS.length]).append("\" x=\"").append(f(x)).append("\" y=\"")
                            .append(f(top)).append("\" width=\"").append(f(Math.max(barW - 1, 1))).append("\" height=\"")
                            .append(f(Math.max(h, 0.5))).append("\"/>");
                }
            }
        }
        s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(f(zero))
                .append("\" y2=\"").append(f(zero)).append("\" stroke=\"#333\" stroke-width=\"1\"/>");
        // category labels: every one when they fit, else every n-th
        int every = Math.max(1, (int) Math.ceil(rows / (plotW / 60)));
        for (int r = 0; r < rows; r += every) {
            double x = LEFT + band * r + band / 2;
            s.append("<text x=\"").append(f(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">").append(escape(shorten(t.labels().get(r))))
                    .append("</text>");
        }
        // legend
        double lx = LEFT;
        for (int c = 0; c < series; c++) {
            s.append("<rect x=\"").append(f(lx)).append("\" y=\"").append(HEIGHT - 22).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(COLOURS[c % COLOURS.length]).append("\"/>");
            s.append("<text x=\"").append(f(lx + 20)).append("\" y=\"").append(HEIGHT - 10).append("\" font-size=\"12\" fill=\"#333\">")
                    .append(escape(shorten(t.series().get(c)))).append("</text>");
            lx += 30 + Math.min(22, t.series().get(c).length()) * 7;
        }
        s.append("</svg>");
        return s.toString();
    }

    /** The round step nearest above {@code raw}: 1, 2 or 5 times a power of ten (1 when there is no range). */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    /** The chart's text alternative, in the page's words: which series over how many rows, from the lowest to the highest value. */
    static List<String> numbers(StatTable t) {
        return List.of(String.valueOf(t.labels().size()), String.join(", ", t.series()), number(t.min().doubleValue()),
                number(t.max().doubleValue()), t.labels().get(0), t.labels().get(t.labels().size() - 1));
    }

    static String number(double v) {
        BigDecimal b = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    private static String shorten(String s) {
        return s.length() > 22 ? s.substring(0, 21) + "…" : s;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
