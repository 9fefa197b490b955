package mx.snt.vinculo.web.api;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/** RFC 9457 problem details, the only shape an API error takes. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static JsonObject of(int status, String title, String detail, String instance) {
        var b = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        return b.build();
    }

    /** For answers written before JAX-RS runs (the authentication mechanism). */
    public static void write(HttpServletResponse response, JsonObject problem) throws IOException {
        response.setStatus(problem.getInt("status"));
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem.getInt("status") == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"vinculo\"");
        }
        response.getWriter().write(problem.toString());
        response.flushBuffer();
    }
}
