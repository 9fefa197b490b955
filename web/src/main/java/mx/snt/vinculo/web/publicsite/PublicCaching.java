package mx.snt.vinculo.web.publicsite;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cache headers and validators (issue 15; see the package documentation). A signed-in answer is
 * {@code private, no-store}. A signed-out GET that answers 200 is buffered, gets a weak {@code ETag} over its
 * body with the page's CSP nonce masked, {@code Cache-Control: public, max-age=60} (unless the servlet chose its
 * own) and {@code Vary: Cookie, Accept-Language} (the language: {@code mx.snt.vinculo.web.Language}); a matching
 * {@code If-None-Match} gets 304 without the body and without a
 * Content-Security-Policy, so the copy the client or proxy holds keeps the policy that matches its nonce.
 * Declared in web.xml so it runs before {@link PublicAddresses} forwards a clean address.
 */
public class PublicCaching extends HttpFilter {

    /** Answers kept for the next signed-out visitor ({@link PublicPageCache}). */
    @jakarta.inject.Inject
    private PublicPageCache cache;

    static final String PUBLIC = "public, max-age=60";
    static final String PRIVATE = "private, no-store";
    /** Beyond this a body is streamed as it comes, without a validator (big data files). */
    static final int MAX_BUFFERED = 4 * 1024 * 1024;
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(req, resp); // Faces sets its own long-lived caching on scripts, styles and images
            return;
        }
        if (!read || req.getUserPrincipal() != null || req.getHeader("Authorization") != null || !cacheable(path)) {
            resp.setHeader("Cache-Control", PRIVATE);
            chain.doFilter(req, resp);
            return;
        }
        String key = cache.key(req, path);
        if (key != null) {
            PublicPageCache.Entry kept = cache.get(key);
            if (kept != null) {
                replay(kept, req, resp);
                return;
            }
        }
        // Read before rendering: a commit during the render makes this copy old at once.
        long generation = mx.snt.vinculo.platform.DataChanges.generation();
        Buffered buffered = new Buffered(resp);
        chain.doFilter(req, buffered);
        buffered.finish(req, key == null ? null : entry -> cache.put(key, entry), generation);
    }

    /** A kept answer, sent as it was first sent (its nonce too: see the package documentation), or a 304. */
    static void replay(PublicPageCache.Entry kept, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (matches(req.getHeader("If-None-Match"), kept.etag())
                || (req.getHeader("If-None-Match") == null && notModifiedSince(req.getHeader("If-Modified-Since"), kept))) {
            resp.reset();  // as a rendered 304: no policy, so the client's copy keeps the one matching its nonce
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            resp.setHeader(PublicPageCache.HEADER, "hit");
            resp.setHeader("ETag", kept.etag());
            kept.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Cache-Control")
                    || h.getKey().equalsIgnoreCase("Last-Modified")).forEach(h -> resp.setHeader(h.getKey(), h.getValue()));
            resp.setHeader("Vary", "Cookie, Accept-Language");
            return;
        }
        resp.setHeader(PublicPageCache.HEADER, "hit");
        resp.setStatus(kept.status());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<String, String> h : kept.headers()) {
            if (h.getKey().equalsIgnoreCase("Content-Type")) {
                resp.setContentType(h.getValue());
            } else if (seen.add(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                resp.setHeader(h.getKey(), h.getValue());
            } else {
                resp.addHeader(h.getKey(), h.getValue());
            }
        }
        resp.setContentLength(kept.body().length);
        resp.getOutputStream().write(kept.body());
    }

    /** Signed-out answers a shared cache may keep: pages, feeds, sitemap, data, the public API; not sign-in, streams or files. */
    static boolean cacheable(String path) {
        return !(path.equals("/entrar") || path.equals("/callback") || path.equals("/salir")
                || (path.startsWith("/api/") && !path.startsWith("/api/v1/public/"))
                || (path.startsWith("/en-vivo/") && path.endsWith("/eventos"))
                || path.endsWith("/archivo") || path.contains("/archivo/")
                || path.startsWith("/sesiones/acta/") || path.startsWith("/sesiones/ics/") || path.startsWith("/calendario/")
                || path.startsWith("/materiales/datos") || path.startsWith("/convenios/exportar"));
    }

    /** The validator: the body with every occurrence of the request's nonce blanked, hashed (weak: bytes differ). */
    static String etag(byte[] body, String nonce, String contentType) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (contentType != null) {
                sha.update(contentType.getBytes(StandardCharsets.UTF_8));
            }
            if (nonce == null || nonce.isEmpty()) {
                sha.update(body);
            } else {
                byte[] n = nonce.getBytes(StandardCharsets.US_ASCII);
                int start = 0;
                for (int i = indexOf(body, n, 0); i >= 0; i = indexOf(body, n, start)) {
                    sha.update(body, start, i - start);
                    start = i + n.length;
                }
                sha.update(body, start, body.length - start);
            }
            return "W/\"" + HexFormat.of().formatHex(sha.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String nonce(String policy) {
        if (policy == null) {
            return null;
        }
        Matcher m = NONCE.matcher(policy);
        return m.find() ? m.group(1) : null;
    }

    /** True when the If-None-Match list holds this (weak) tag or "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(bare)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The kept answer says when its content last changed (feeds do), and that is no later than the client's copy. */
    static boolean notModifiedSince(String ifModifiedSince, PublicPageCache.Entry kept) {
        if (ifModifiedSince == null) {
            return false;
        }
        String lastModified = kept.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Last-Modified"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (lastModified == null) {
            return false;
        }
        try {
            var http = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;
            return !java.time.ZonedDateTime.parse(lastModified, http).isAfter(java.time.ZonedDateTime.parse(ifModifiedSince, http));
        } catch (java.time.format.DateTimeParseException e) {
            return false;  // a date we cannot read: the full answer
        }
    }

    /** What an answer sends besides its body (the date and length are the sender's own each time). */
    static java.util.List<Map.Entry<String, String>> headers(HttpServletResponse resp) {
        java.util.List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        for (String name : resp.getHeaderNames()) {
            if (!name.equalsIgnoreCase("Date") && !name.equalsIgnoreCase("Content-Length")
                    && !name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase(PublicPageCache.HEADER)) {
                resp.getHeaders(name).forEach(v -> out.add(Map.entry(name, v)));
            }
        }
        if (resp.getContentType() != null) {
            out.add(Map.entry("Content-Type", resp.getContentType()));
        }
        return java.util.List.copyOf(out);
    }

    /** Holds the body until the answer is complete; lets errors and redirects through untouched. */
    static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean passThrough;
        private ServletOutputStream direct;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[]{(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (passThrough) {
                            direct.write(b, off, len);
                            return;
                        }
                        body.write(b, off, len);
                        if (body.size() > MAX_BUFFERED) {
                            // Too big to hold: send what there is and stream the rest, without a validator.
                            passThrough = true;
                            direct = Buffered.super.getOutputStream();
                            body.writeTo(direct);
                            body.reset();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was called");
                }
                String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // set when the body is sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // set when the body is sent
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (passThrough) {
                super.flushBuffer();
            }
        }

        /** Nothing of the body has reached the client, but an error or a redirect has committed the real answer. */
        @Override
        public boolean isCommitted() {
            return super.isCommitted();
        }

        @Override
        public void resetBuffer() {
            if (!passThrough) {
                body.reset();
            }
            if (!super.isCommitted()) {
                super.resetBuffer();
            }
        }

        @Override
        public void reset() {
            if (!passThrough) {
                body.reset();
            }
            if (!super.isCommitted()) {
                super.reset();
            }
        }

        void finish(HttpServletRequest req, java.util.function.Consumer<PublicPageCache.Entry> keep, long generation)
                throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (passThrough) {
                return;
            }
            HttpServletResponse resp = (HttpServletResponse) getResponse();
            HttpSession session = req.getSession(false);
            boolean newSession = session != null && session.isNew();
            if (getStatus() == 200 && !newSession) {
                if (getHeader("Cache-Control") == null) {
                    resp.setHeader("Cache-Control", PUBLIC);
                }
                resp.addHeader("Vary", "Cookie, Accept-Language");
                if (!"HEAD".equals(req.getMethod())) {
                    byte[] bytes = body.toByteArray();
                    String tag = etag(bytes, nonce(getHeader("Content-Security-Policy")), getContentType());
                    if (keep != null && resp.getHeader("Set-Cookie") == null) {
                        resp.setHeader("ETag", tag);
                        keep.accept(new PublicPageCache.Entry(generation, System.currentTimeMillis(), 200, headers(resp),
                                bytes, tag));
                        resp.setHeader(PublicPageCache.HEADER, "miss");
                    }
                    if (matches(req.getHeader("If-None-Match"), tag)) {
                        String cacheControl = getHeader("Cache-Control");
                        resp.reset();
                        resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                        resp.setHeader("ETag", tag);
                        resp.setHeader("Cache-Control", cacheControl);
                        resp.setHeader("Vary", "Cookie, Accept-Language");
                        return;
                    }
                    resp.setHeader("ETag", tag);
                }
            } else if (getStatus() == 200 || getHeader("Cache-Control") == null) {
                resp.setHeader("Cache-Control", newSession ? PRIVATE : "no-cache");
            }
            if (body.size() > 0 || getStatus() == 200) {
                resp.setContentLength(body.size());
                body.writeTo(resp.getOutputStream());
            }
        }
    }
}
