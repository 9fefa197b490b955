package mx.snt.vinculo.web.opendata;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.opendata.DataRecord;
import mx.snt.vinculo.opendata.Dataset;
import mx.snt.vinculo.opendata.OpenData;
import mx.snt.vinculo.web.Failures;
import mx.snt.vinculo.web.security.OidcSettings;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * The open-data downloads: {@code /datos/descarga/<dataset>.csv} and {@code .json}, optionally
 * {@code ?comision=<code>}. Streamed: the servlet reads the dataset in batches of {@link OpenData#BATCH} rows in
 * key order and writes each batch before reading the next, so memory does not grow with the table.
 * <p>
 * CSV: RFC 4180 (comma, CRLF, quotes where needed), UTF-8 <em>with</em> a byte-order mark — without it Excel,
 * which most people in the bodies open a CSV with, reads the file as Windows-1252 and breaks every accent;
 * csv readers of R, pandas ({@code utf-8-sig}), LibreOffice and commons-csv skip it. Headers are the field names
 * of {@code /datos}. JSON: {@code {"dataset", "generatedAt", "items": [...]}} with the same names and types.
 * Public and cacheable (five minutes): it holds only what the visibility rule shows anyone.
 */
@WebServlet("/datos/descarga/*")
public class OpenDataServlet extends HttpServlet {

    @EJB
    private OpenData data;

    @Inject
    private OidcSettings settings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (!path.matches("/[a-z]+\\.(csv|json)")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = path.substring(1, path.lastIndexOf('.'));
        boolean csv = path.endsWith(".csv");
        Dataset dataset = Dataset.bySlug(name);
        if (dataset == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long workspace;
        try {
            workspace = PublicRequests.commission(data, req.getParameter("comision"));
        } catch (PublicRequests.BadParameter e) {
            PublicRequests.badRequest(req, resp, e.getMessage());
            return;
        } catch (DomainException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The first batch is read before anything is written, so a failure there can still be a clean error.
        List<DataRecord> first;
        try {
            first = data.batch(dataset, workspace, 0, OpenData.BATCH);
        } catch (RuntimeException e) {
            if (Failures.domain(e).isPresent()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        String base = settings.getBaseUrl();
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + dataset.slug() + (csv ? ".csv" : ".json") + "\"");
        if (csv) {
            resp.setContentType("text/csv;charset=UTF-8");
            writeCsv(resp, dataset, workspace, first, base);
        } else {
            resp.setContentType("application/json;charset=UTF-8");
            writeJson(resp, dataset, workspace, first, base);
        }
    }

    private void writeCsv(HttpServletResponse resp, Dataset dataset, Long workspace, List<DataRecord> batch, String base) throws IOException {
        Writer w = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader(dataset.fields().stream().map(f -> f.name()).toArray(String[]::new)).get())) {
            List<DataRecord> rows = batch;
            while (!rows.isEmpty()) {
                for (DataRecord r : rows) {
                    for (int i = 0; i < dataset.fields().size(); i++) {
                        out.print(DataValues.text(dataset.fields().get(i), r.values().get(i), base));
                    }
                    out.println();
                }
                out.flush();
                rows = rows.size() < OpenData.BATCH ? List.of() : data.batch(dataset, workspace, rows.get(rows.size() - 1).key(), OpenData.BATCH);
            }
        }
    }

    private void writeJson(HttpServletResponse resp, Dataset dataset, Long workspace, List<DataRecord> batch, String base) throws IOException {
        try (JsonGenerator out = JSON.createGeneratorFactory(Map.of()).createGenerator(resp.getOutputStream(), StandardCharsets.UTF_8)) {
            out.writeStartObject().write("dataset", dataset.slug()).write("generatedAt", java.time.Instant.now().toString())
                    .writeStartArray("items");
            List<DataRecord> rows = batch;
            while (!rows.isEmpty()) {
                for (DataRecord r : rows) {
                    DataValues.write(out, dataset, r, base);
                }
                out.flush();
                rows = rows.size() < OpenData.BATCH ? List.of() : data.batch(dataset, workspace, rows.get(rows.size() - 1).key(), OpenData.BATCH);
            }
            out.writeEnd().writeEnd();
        }
    }
}
