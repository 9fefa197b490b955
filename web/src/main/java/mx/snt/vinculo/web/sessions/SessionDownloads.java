package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.sessions.SessionCalendars;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.web.files.Downloads;
import mx.snt.vinculo.web.files.Downloads.Download;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files of sessions: the acta PDF ({@code /sesiones/acta/{id}.pdf}), a session's .ics
 * ({@code /sesiones/ics/{id}.ics}), an attached document ({@code /sesiones/archivo/{id}/{file}})
 * the stenographic version's file ({@code /sesiones/estenografica/{id}}) and the private calendar feed ({@code /calendario/{token}.ics}, no sign-in: the token is the
 * credential). The service decides who may see what; anything refused answers 404.
 */
@WebServlet(urlPatterns = {"/sesiones/acta/*", "/sesiones/ics/*", "/sesiones/archivo/*", "/sesiones/estenografica/*",
        "/calendario/*"})
public class SessionDownloads extends HttpServlet {

    private static final Pattern ACTA = Pattern.compile("/(\\d{1,18})\\.pdf");
    private static final Pattern ICS = Pattern.compile("/(\\d{1,18})\\.ics");
    private static final Pattern FILE = Pattern.compile("/(\\d{1,18})/(\\d{1,18})");
    private static final Pattern ID = Pattern.compile("/(\\d{1,18})");
    private static final Pattern FEED = Pattern.compile("/([A-Za-z0-9_-]{20,64})\\.ics");

    @EJB
    private SessionQueries queries;

    @EJB
    private SessionCalendars calendars;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        Downloads.serve(resp, () -> switch (req.getServletPath()) {
            case "/sesiones/acta" -> {
                Matcher m = match(ACTA, info);
                yield m == null ? null : Download.of("application/pdf", "acta-" + m.group(1) + ".pdf",
                        queries.actaPdf(Long.parseLong(m.group(1))));
            }
            case "/sesiones/ics" -> {
                Matcher m = match(ICS, info);
                yield m == null ? null : Download.of("text/calendar; charset=UTF-8", "sesion-" + m.group(1) + ".ics",
                        calendars.ics(Long.parseLong(m.group(1))).getBytes(StandardCharsets.UTF_8));
            }
            case "/sesiones/archivo" -> {
                Matcher m = match(FILE, info);
                yield m == null ? null : Download.of(queries.file(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
            }
            case "/sesiones/estenografica" -> {
                Matcher m = match(ID, info);
                yield m == null ? null : Download.of(queries.stenoFile(Long.parseLong(m.group(1))));
            }
            default -> {
                // The feed is shown inline by calendar clients, which poll it.
                Matcher m = match(FEED, info);
                yield m == null ? null : new Download("text/calendar; charset=UTF-8", null,
                        calendars.feed(m.group(1)).getBytes(StandardCharsets.UTF_8), "private, max-age=300");
            }
        });
    }

    /** The path's parts, or null (404) for an address that is not one of these files. */
    private static Matcher match(Pattern p, String info) {
        Matcher m = p.matcher(info);
        return m.matches() ? m : null;
    }
}
