package mx.snt.vinculo.web.opendata;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.opendata.FeedEntry;
import mx.snt.vinculo.opendata.FeedKind;
import mx.snt.vinculo.opendata.OpenData;
import mx.snt.vinculo.opendata.PublicFeeds;
import mx.snt.vinculo.web.Failures;
import mx.snt.vinculo.web.Language;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.security.OidcSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public feeds: {@code /feeds/<kind>.atom} for the whole network, {@code /feeds/<commission>/<kind>.atom}
 * for one commission (its code, any case), kinds {@code sesiones, acuerdos, convenios, acervo, materiales};
 * and the public calendar {@code /feeds/sesiones.ics}, {@code /feeds/<commission>/sesiones.ics}. Anonymous,
 * cacheable for five minutes, with {@code Last-Modified} (a conditional request gets 304). An unknown kind or
 * commission is a 404.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(?:([A-Za-z0-9_-]{1,40})/)?([a-z]+)\\.(atom|ics)");
    /** The date of an empty feed: it has never changed. */
    private static final Instant NEVER = Instant.parse("2026-01-01T00:00:00Z");

    @EJB
    private PublicFeeds feeds;
    @EJB
    private OpenData data;
    @Inject
    private OidcSettings settings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        FeedKind kind = m.matches() ? FeedKind.bySlug(m.group(2)) : null;
        boolean ics = m.matches() && "ics".equals(m.group(3));
        if (kind == null || (ics && kind != FeedKind.SESSIONS)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String code = m.group(1);
        try {
            Long workspace = code == null ? null : data.workspaceOf(code);
            resp.setHeader("Cache-Control", "public, max-age=300");
            if (ics) {
                byte[] body = feeds.calendar(workspace).getBytes(StandardCharsets.UTF_8);
                resp.setContentType("text/calendar;charset=UTF-8");
                resp.setContentLength(body.length);
                resp.getOutputStream().write(body);
                return;
            }
            List<FeedEntry> entries = feeds.entries(kind, workspace);
            Instant updated = AtomWriter.updated(entries, NEVER);
            long since = req.getDateHeader("If-Modified-Since");
            long lastModified = updated.toEpochMilli() / 1000 * 1000;
            resp.setDateHeader("Last-Modified", lastModified);
            if (since >= 0 && lastModified <= since) {
                resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            Locale locale = Language.of(req);
            String base = settings.getBaseUrl();
            String key = (code == null ? "" : code.toLowerCase(Locale.ROOT) + "/") + kind.slug();
            String title = Texts.get(locale, "feed.title." + kind.name())
                    + (code == null ? "" : " · " + code.toUpperCase(Locale.ROOT)) + " · Vínculo";
            String page = workspace != null && kind == FeedKind.MATERIALS ? PagePaths.materials(workspace) : "/datos/index.xhtml";
            byte[] body = AtomWriter.write(new AtomWriter.Head(key, title, base + "/feeds/" + key + ".atom",
                            PagePaths.absolute(base, page), Texts.get(locale, "feed.author"), locale.toLanguageTag()),
                    entries, base, NEVER).getBytes(StandardCharsets.UTF_8);
            resp.setContentType(AtomWriter.MEDIA_TYPE);
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        } catch (RuntimeException e) {
            if (e instanceof DomainException || Failures.domain(e).isPresent()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
    }
}
