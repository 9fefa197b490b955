package mx.snt.vinculo.web.opendata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.opendata.OpenData;
import mx.snt.vinculo.web.Language;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.api.Problems;

import java.io.IOException;
import java.util.Locale;

/** The parameters the downloads and feeds take, and their 400 answer (problem+json, in the caller's language). */
final class PublicRequests {

    private PublicRequests() {
    }

    /** A parameter whose value cannot be used; the message is the parameter's name. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String name) {
            super(name, null, false, false);
        }
    }

    /** The workspace of {@code ?comision=}, null when absent; malformed: 400; unknown: not found. */
    static Long commission(OpenData data, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!code.strip().matches("[A-Za-z0-9_-]{1,40}")) {
            throw new BadParameter("comision");
        }
        return data.workspaceOf(code.strip());
    }

    static void badRequest(HttpServletRequest req, HttpServletResponse resp, String parameter) throws IOException {
        Locale locale = Language.of(req);
        Problems.write(resp, Problems.of(400, Texts.get(locale, "error.title.400"),
                Texts.get(locale, "error.invalid.parameter", parameter), req.getRequestURI()));
    }
}
