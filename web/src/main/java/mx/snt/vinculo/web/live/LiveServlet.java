package mx.snt.vinculo.web.live;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.sessions.SessionLive;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /en-vivo/{id}}: the public live page of a public session (rendered by {@code /sesiones/en-vivo.xhtml});
 * {@code /en-vivo/{id}/eventos}: the session's live stream (server-sent events, {@code text/event-stream}) for any page
 * that follows it. A stream opens only after the visibility rule lets the caller see the session (a member for a
 * private one, anyone for a public one); otherwise 404, like the session itself. Each message is the session's
 * {@code LiveState} as JSON.
 */
@WebServlet(urlPatterns = "/en-vivo/*", asyncSupported = true)
public class LiveServlet extends HttpServlet {

    static final Pattern PAGE = Pattern.compile("/(\\d{1,18})/?");
    static final Pattern STREAM = Pattern.compile("/(\\d{1,18})/eventos");
    /** A stream is ended after this long and the browser reconnects (EventSource does it by itself). */
    static final long STREAM_MILLIS = 10 * 60 * 1000L;

    @EJB
    private SessionLive live;

    @Inject
    private LiveStreams streams;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        Matcher page = PAGE.matcher(info);
        if (page.matches()) {
            req.getRequestDispatcher("/sesiones/en-vivo.xhtml?id=" + page.group(1)).forward(req, resp);
            return;
        }
        Matcher stream = STREAM.matcher(info);
        if (!stream.matches()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(stream.group(1));
        try {
            // The visibility rule first: nothing is started for whoever may not see the session.
            live.state(id);
        } catch (NotFoundException e) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        resp.setContentType("text/event-stream");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        // A proxy that buffers would hold every message back (nginx honours this header).
        resp.setHeader("X-Accel-Buffering", "no");
        AsyncContext async = req.startAsync();
        async.setTimeout(STREAM_MILLIS);
        streams.open(id, async, () -> live.state(id).json());
    }
}
