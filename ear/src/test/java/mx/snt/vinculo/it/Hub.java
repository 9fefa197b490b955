package mx.snt.vinculo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The running hub the tests talk to: Vínculo on Payara, Keycloak, and the database behind them.
 * Public so that every feature's hub tests (in their own packages) share one wiring.
 */
public final class Hub {

    public static final String APP = System.getProperty("vinculo.url", "http://localhost:8080");
    public static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180");
    public static final String DB_URL = System.getProperty("vinculo.db.url", "");
    public static final String PASSWORD = "Vinculo2026!";
    public static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    public static final ObjectMapper JSON = new ObjectMapper();
    public static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    /** Generous: the first calls after deployment warm up JPA and the OIDC keys. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Hub() {
    }

    /** Today in Mexico City, the date the hub's rules use. */
    public static LocalDate today() {
        return LocalDate.now(MEXICO);
    }

    /** An access token for the REST API, from the realm (password grant of the CLI client). */
    public static String token(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=vinculo-cli&username=" + enc(username) + "&password=" + enc(PASSWORD);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/vinculo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak no emitió token para " + username + ": " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    /**
     * A token for the person, who is then in the directory: the first API call (GET /me)
     * records the home body and memberships, which demo users only get when they sign in.
     */
    public static String signIn(String username) throws IOException, InterruptedException {
        String t = token(username);
        HttpResponse<String> me = get("/api/v1/me", t);
        if (me.statusCode() != 200) {
            throw new IllegalStateException("GET /me para " + username + ": " + me.statusCode() + " " + me.body());
        }
        return t;
    }

    private static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(TIMEOUT);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    public static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A download (PDF, spreadsheet, file), as bytes. */
    public static HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A JSON request; a null body sends none. */
    public static HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads a file's bytes as application/octet-stream (POST). */
    public static HttpResponse<String> upload(String path, String token, byte[] content) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** The JSON answer (null when empty); fails with the answer's body when the status is not the expected one. */
    public static JsonNode expect(int status, HttpResponse<String> r) throws IOException {
        if (r.statusCode() != status) {
            throw new AssertionError("Esperaba " + status + " y llegó " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    /** The id of one of the caller's workspaces, by code. */
    public static long workspaceId(String token, String code) throws IOException, InterruptedException {
        for (JsonNode w : json(get("/api/v1/workspaces", token))) {
            if (code.equals(w.get("code").asText())) {
                return w.get("id").asLong();
            }
        }
        throw new AssertionError("Sin espacio " + code);
    }

    /** The id of a body's workspace (any body, not only the caller's), from the directory API. */
    public static long bodyId(String token, String code) throws IOException, InterruptedException {
        JsonNode page = json(get("/api/v1/directory/units?type=BODY&size=100", token));
        for (JsonNode w : page.get("items")) {
            if (code.equals(w.get("code").asText())) {
                return w.get("id").asLong();
            }
        }
        throw new IllegalStateException("No hay órgano " + code);
    }

    /** The hub's own database (MySQL through Connector/J in the test run). */
    public static Connection db() throws SQLException {
        return DriverManager.getConnection(DB_URL, System.getProperty("vinculo.db.user", "root"),
                System.getProperty("vinculo.db.password", ""));
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
    }

    /** The single number a query answers (a COUNT, an id). */
    public static long count(String sql, Object... args) throws SQLException {
        try (Connection c = db(); var st = c.prepareStatement(sql)) {
            bind(st, args);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The first column of the first row as text, or null when there is no row. */
    public static String string(String sql, Object... args) throws SQLException {
        try (Connection c = db(); var st = c.prepareStatement(sql)) {
            bind(st, args);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Changes rows directly (to set up a case the API cannot reach, e.g. a past deadline). */
    /**
     * A change made straight in the database, behind the application's back: the hub is then told, as an admin
     * would after such a correction, to read its public pages afresh (they are kept until the data changes through
     * the application; README, "The public micro-site").
     */
    public static int update(String sql, Object... args) throws SQLException {
        int changed;
        try (Connection c = db(); var st = c.prepareStatement(sql)) {
            bind(st, args);
            changed = st.executeUpdate();
        }
        flushPublicCache();
        return changed;
    }

    private static volatile String adminToken;

    /** {@code POST /api/v1/admin/public-cache/flush} as ana.admin. */
    public static void flushPublicCache() {
        try {
            if (adminToken == null) {
                adminToken = token("ana.admin");
            }
            int status = send("POST", "/api/v1/admin/public-cache/flush", adminToken, null).statusCode();
            if (status == 401) {  // the token expired: one more try with a new one
                adminToken = token("ana.admin");
                status = send("POST", "/api/v1/admin/public-cache/flush", adminToken, null).statusCode();
            }
            if (status != 204) {
                throw new IllegalStateException("flush of the public cache answered " + status);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A unique lower-case word of letters only (search terms split on digits too). */
    public static String word() {
        String letters = "bcdfghjklmnpqrstvwxz";
        StringBuilder sb = new StringBuilder("zq");
        long n = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            sb.append(letters.charAt((int) (n % letters.length())));
            n /= letters.length();
        }
        return sb.toString();
    }

    /** A minimal valid one-page PDF showing the text (ASCII) in Helvetica, for uploads. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 72 720 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET";
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        objects.add("<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder xref = new StringBuilder();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int start = out.size();
        xref.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            xref.append(String.format("%010d 00000 n \n", o));
        }
        xref.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
        write(out, xref.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A check that may need a moment: the search index applies a save within a second or two. */
    public interface Check {
        void run() throws Exception;
    }

    /** Runs {@code check} until it passes or {@code seconds} have gone by (then its last failure is thrown). */
    public static void eventually(int seconds, Check check) throws Exception {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | Exception e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }
}
