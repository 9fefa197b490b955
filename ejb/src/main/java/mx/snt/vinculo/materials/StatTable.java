package mx.snt.vinculo.materials;

import mx.snt.vinculo.common.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A statistical material's table, read from CSV: the first row names the columns, the first column labels
 * each row (a category or a period) and every other column is a numeric series. Refused with a message that
 * names the row and column when a cell is not a number, so a chart never draws something the table does not
 * say. Comma or semicolon separated (a spreadsheet in Spanish often writes semicolons); numbers use a
 * decimal point, with optional thousands commas when the separator is a semicolon.
 */
public record StatTable(List<String> columns, List<String> labels, List<List<BigDecimal>> values)
        implements java.io.Serializable {

    public static final int MAX_ROWS = 200;
    public static final int MAX_SERIES = 6;
    public static final int MAX_CHARS = 100_000;

    public StatTable {
        columns = List.copyOf(columns);
        labels = List.copyOf(labels);
        values = values.stream().map(List::copyOf).toList();
    }

    /** The series' names (every column but the first). */
    public List<String> series() {
        return columns.subList(1, columns.size());
    }

    /** The largest value of the table (0 when every value is negative or zero), the chart's scale. */
    public BigDecimal max() {
        BigDecimal m = BigDecimal.ZERO;
        for (List<BigDecimal> row : values) {
            for (BigDecimal v : row) {
                if (v.compareTo(m) > 0) {
                    m = v;
                }
            }
        }
        return m;
    }

    /** The smallest value (0 when none is negative): a chart's baseline. */
    public BigDecimal min() {
        BigDecimal m = BigDecimal.ZERO;
        for (List<BigDecimal> row : values) {
            for (BigDecimal v : row) {
                if (v.compareTo(m) < 0) {
                    m = v;
                }
            }
        }
        return m;
    }

    /** Parses and checks the CSV text; messages under {@code material.csv.*}. */
    public static StatTable parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new ValidationException("material.csv.required");
        }
        if (csv.length() > MAX_CHARS) {
            throw new ValidationException("material.csv.tooLong", MAX_CHARS);
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        char delimiter = delimiter(text);
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("material.csv.unreadable");
        }
        if (records.size() < 2) {
            throw new ValidationException("material.csv.noRows");
        }
        List<String> columns = new ArrayList<>();
        records.get(0).forEach(columns::add);
        if (columns.size() < 2) {
            throw new ValidationException("material.csv.columns");
        }
        if (columns.size() - 1 > MAX_SERIES) {
            throw new ValidationException("material.csv.tooManySeries", MAX_SERIES);
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).isBlank()) {
                throw new ValidationException("material.csv.blankHeader", c + 1);
            }
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new ValidationException("material.csv.tooManyRows", MAX_ROWS);
        }
        List<String> labels = new ArrayList<>();
        List<List<BigDecimal>> values = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            CSVRecord rec = records.get(r);
            if (rec.size() != columns.size()) {
                throw new ValidationException("material.csv.rowWidth", r + 1, columns.size());
            }
            String label = rec.get(0);
            if (label.isBlank()) {
                throw new ValidationException("material.csv.blankLabel", r + 1);
            }
            labels.add(label);
            List<BigDecimal> row = new ArrayList<>();
            for (int c = 1; c < columns.size(); c++) {
                row.add(number(rec.get(c), delimiter, r + 1, columns.get(c)));
            }
            values.add(row);
        }
        return new StatTable(columns, labels, values);
    }

    private static char delimiter(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.chars().filter(ch -> ch == ';').count() > first.chars().filter(ch -> ch == ',').count() ? ';' : ',';
    }

    private static BigDecimal number(String cell, char delimiter, int row, String column) {
        String v = cell.strip();
        if (delimiter == ';') {
            v = v.replace(",", "");
        }
        if (!v.matches("-?\\d+(\\.\\d+)?")) {
            throw new ValidationException("material.csv.notNumber", row, column, cell);
        }
        return new BigDecimal(v);
    }
}
