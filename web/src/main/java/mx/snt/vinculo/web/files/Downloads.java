package mx.snt.vinculo.web.files;

import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.files.FileContent;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one way the file servlets answer: the bytes with their media type, a {@code
 * Content-Disposition} whose name is safe in every browser (an ASCII fallback and the RFC 5987
 * UTF-8 name), {@code nosniff}, private caching; 404 when the service says the file is not there
 * or not for this caller (never telling which), 400 for an id that is not a number.
 */
public final class Downloads {

    /** Files behind a visibility check: never kept by shared caches, checked again on each request. */
    public static final String PRIVATE = "private, no-store";

    private Downloads() {
    }

    /** What a servlet answers: the file, or a status. */
    @FunctionalInterface
    public interface Source {
        Download get() throws IOException;
    }

    /** A file to send: media type, the name it is saved under, its bytes, and how long a browser may keep it. */
    public record Download(String mediaType, String fileName, byte[] bytes, String cacheControl) {

        public static Download of(FileContent f) {
            return new Download(f.mediaType(), f.name(), f.bytes(), PRIVATE);
        }

        public static Download of(String mediaType, String fileName, byte[] bytes) {
            return new Download(mediaType, fileName, bytes, PRIVATE);
        }

        /** The same file with another caching rule (e.g. a calendar feed that clients poll). */
        public Download cached(String cacheControl) {
            return new Download(mediaType, fileName, bytes, cacheControl);
        }
    }

    /** An id parameter that is not a positive number: the request is malformed (400). */
    public static final class MalformedId extends RuntimeException {
        public MalformedId(String parameter) {
            super(parameter);
        }
    }

    /**
     * A required id parameter: null (404, there is nothing to find) when absent; a request with
     * an id that is not a positive number is refused (400).
     */
    public static Long id(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new MalformedId(value);
    }

    /** Answers with what the source gives; the service's refusals become 404, a malformed id 400. */
    public static void serve(HttpServletResponse resp, Source source) throws IOException {
        Download d;
        try {
            d = source.get();
        } catch (MalformedId e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (DomainException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        if (d == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(resp, d);
    }

    /** Writes the file with the common headers. */
    public static void send(HttpServletResponse resp, Download d) throws IOException {
        resp.setContentType(d.mediaType());
        resp.setContentLength(d.bytes().length);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", d.cacheControl());
        if (d.fileName() != null) {
            resp.setHeader("Content-Disposition", contentDisposition(d.fileName()));
        }
        resp.getOutputStream().write(d.bytes());
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in UTF-8 (RFC 6266, RFC 5987). */
    public static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
