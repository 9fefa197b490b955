package mx.snt.vinculo.benchtwin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The twin's table: {@code ?filas=n} rows (default 25, at most 200) built once in memory, with the columns of
 * the agreements list (title, type, parties, state, date, workspace) and text of the same length.
 */
@Named
@RequestScoped
public class TwinRows {

    /** One row of the twin's table. */
    public static final class Row {
        private final long id;
        private final String title;
        private final String type;
        private final String parties;
        private final String state;
        private final LocalDate end;
        private final String workspace;

        Row(long id, String title, String type, String parties, String state, LocalDate end, String workspace) {
            this.id = id;
            this.title = title;
            this.type = type;
            this.parties = parties;
            this.state = state;
            this.end = end;
            this.workspace = workspace;
        }

        public long getId() { return id; }
        public String getTitle() { return title; }
        public String getType() { return type; }
        public String getParties() { return parties; }
        public String getState() { return state; }
        public LocalDate getEnd() { return end; }
        public String getWorkspace() { return workspace; }
    }

    /** The rows, made once. */
    @ApplicationScoped
    public static class Store {
        private final List<Row> rows = new ArrayList<>();

        public Store() {
            String[] types = {"Colaboración", "Coordinación", "Capacitación", "Difusión"};
            String[] states = {"Vigente", "En firma", "Borrador", "Vencido"};
            for (int i = 0; i < 200; i++) {
                rows.add(new Row(i + 1, "Convenio de colaboración en materia de transparencia y protección de datos núm. " + (i + 1),
                        types[i % types.length], "ITEI · UdeG · INFOCDMX", states[i % states.length],
                        LocalDate.of(2027, 1 + i % 12, 1 + i % 28), "CVPDCS"));
            }
        }

        List<Row> first(int n) {
            return rows.subList(0, Math.max(0, Math.min(n, rows.size())));
        }
    }

    @Inject
    HttpServletRequest request;

    @Inject
    Store store;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            int n = 25;
            try {
                String param = request.getParameter("filas");
                if (param != null) {
                    n = Integer.parseInt(param);
                }
            } catch (NumberFormatException e) {
                // The default size.
            }
            rows = store.first(n);
        }
        return rows;
    }

    public int getPageSize() {
        return Math.max(1, getRows().size());
    }
}
