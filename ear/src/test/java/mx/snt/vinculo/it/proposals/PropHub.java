package mx.snt.vinculo.it.proposals;

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
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The running hub for the proposals and library tests (the backbone's Hub is package-private
 * to its package): HTTP with bearer tokens, JDBC on the hub's database, and a tiny PDF writer.
 */
public final class PropHub {

    public static final String APP = System.getProperty("vinculo.url", "http://localhost:8080");
    public static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180");
    public static final String PASSWORD = "Vinculo2026!";
    public static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PropHub() {
    }

    public static String token(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=vinculo-cli&username=" + enc(username) + "&password=" + enc(PASSWORD);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/vinculo/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak no emitió token para " + username + ": " + r.body());
        }
        String token = JSON.readTree(r.body()).get("access_token").asText();
        // The first API call records the person (home body, memberships) in the directory.
        get("/api/v1/me", token);
        return token;
    }

    public static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public static HttpResponse<String> send(String method, String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(APP + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** Fails with the answer's body when the status is not the expected one. */
    public static JsonNode expect(int status, HttpResponse<String> r) throws IOException {
        if (r.statusCode() != status) {
            throw new AssertionError("Esperaba " + status + " y llegó " + r.statusCode() + ": " + r.body());
        }
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    public static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("vinculo.db.url", ""), System.getProperty("vinculo.db.user", "root"),
                System.getProperty("vinculo.db.password", ""));
    }

    public static long count(String sql, Object... args) throws SQLException {
        try (Connection c = db(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static int update(String sql, Object... args) throws SQLException {
        try (Connection c = db(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            return st.executeUpdate();
        }
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

    /** A minimal valid one-page PDF showing the text (ASCII) in Helvetica. */
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
}
