package mx.snt.vinculo.web.bench;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import mx.snt.vinculo.platform.StatementCount;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Answers how many SQL statements a request sent, for the benchmark's "no query per row" bound: a request
 * that carries {@value #HEADER} is counted ({@link StatementCount}) and its answer, held back until the
 * request is done (the header must precede the body, and pages commit their answer while rendering), carries
 * {@value #HEADER}{@code : n}. On only when {@code vinculo.bench.statements} is true, which by default it is
 * on the demo and test hubs ({@code vinculo.demo}) and never otherwise; other requests pass untouched.
 */
// Async: it wraps every request, the live event stream (an async servlet) included. Forwards too: a public clean
// address (PublicAddresses) is forwarded before this filter's turn on the request, and would go uncounted.
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD}, asyncSupported = true)
public class StatementCounting extends HttpFilter {

    /** The request header that asks for the count, and the answer's header that carries it. */
    public static final String HEADER = "X-Vinculo-Statements";

    private boolean on;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config mp = ConfigProvider.getConfig();
        on = mp.getOptionalValue("vinculo.bench.statements", Boolean.class)
                .orElseGet(() -> mp.getOptionalValue("vinculo.demo", Boolean.class).orElse(false));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!on || request.getHeader(HEADER) == null || request.getAttribute(HEADER) != null) {
            chain.doFilter(request, response);  // not asked, or already counted by this filter on the way in
            return;
        }
        request.setAttribute(HEADER, Boolean.TRUE);
        Held held = new Held(response);
        StatementCount.start();
        int count;
        try {
            chain.doFilter(request, held);
        } finally {
            count = StatementCount.stop();
        }
        if (!response.isCommitted()) {
            response.setHeader(HEADER, Integer.toString(count));
            held.release();
        }
    }

    /** The answer held in memory until the count is known (only the benchmark's probe requests). */
    private static final class Held extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Held(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the counted answer is written at once");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            super.resetBuffer();
            flushBuffer();
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            flushBuffer();
            body.reset();
        }

        @Override
        public void setContentLength(int len) {
            // The real length is set when the held body is written.
        }

        @Override
        public void setContentLengthLong(long len) {
            // As setContentLength.
        }

        void release() throws IOException {
            flushBuffer();
            HttpServletResponse real = (HttpServletResponse) getResponse();
            real.setContentLength(body.size());
            body.writeTo(real.getOutputStream());
        }
    }
}
