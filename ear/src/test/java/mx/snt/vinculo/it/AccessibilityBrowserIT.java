package mx.snt.vinculo.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA, checked in the real browser with axe-core on the pages of the backbone, for
 * the public and for a signed-in person: no serious or critical violation.
 */
class AccessibilityBrowserIT {

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @Test
    void pagesHaveNoSeriousAccessibilityViolations() throws Exception {
        String axe = axe();
        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser()) {
            b.open("/");
            problems.addAll(check(b, axe, "/"));
            b.open("/no-existe.xhtml");
            problems.addAll(check(b, axe, "404"));
            b.signIn("/espacios/", "mario.personal");
            problems.addAll(check(b, axe, "/espacios/"));
            for (String path : List.of("/directorio/", "/espacios/ver.xhtml?id=" + jalId(), "/documentos/nuevo.xhtml?espacio=" + jalId(),
                    "/sesiones/index.xhtml", "/convenios/index.xhtml", "/convenios/tablero.xhtml", "/propuestas/index.xhtml",
                    "/acervo/index.xhtml", "/acervo/index.xhtml?q=transparencia", "/buscar/index.xhtml?q=transparencia", "/preferencias/index.xhtml",
                    "/propuestas/nueva.xhtml")) {
                b.open(path);
                b.find(org.openqa.selenium.By.tagName("h1"));
                problems.addAll(check(b, axe, path));
            }
            // An agreement being drafted (the rich-text editor and its named toolbar, date pickers) and one being signed.
            for (String state : List.of("DRAFT", "SIGNING")) {
                var found = Hub.json(Hub.get("/api/v1/agreements?state=" + state + "&size=1", Hub.token("mario.personal")));
                if (state.equals("DRAFT")) {
                    assertThat(found.get("items")).as("un borrador de convenio de la demostración").isNotEmpty();
                } else if (found.get("items").isEmpty()) {
                    continue;
                }
                String path = "/convenios/ver.xhtml?id=" + found.get("items").get(0).get("id").asLong();
                b.open(path);
                b.find(org.openqa.selenium.By.tagName("h1"));
                problems.addAll(check(b, axe, path));
            }
        }
        try (Browser b = new Browser()) {
            // The secretary's planning form (date and time pickers).
            b.signIn("/sesiones/nueva.xhtml", "sofia.secretaria");
            b.find(org.openqa.selenium.By.tagName("h1"));
            problems.addAll(check(b, axe, "/sesiones/nueva.xhtml"));
        }
        try (Browser b = new Browser()) {
            // The admin's pages: the audit trail and the formats' mapping in words.
            b.signIn("/admin/bitacora.xhtml", "ana.admin");
            b.find(org.openqa.selenium.By.tagName("h1"));
            problems.addAll(check(b, axe, "/admin/bitacora.xhtml"));
            b.open("/admin/formatos.xhtml");
            b.find(org.openqa.selenium.By.tagName("h1"));
            problems.addAll(check(b, axe, "/admin/formatos.xhtml"));
        }
        assertThat(problems).isEmpty();
    }

    /** axe-core's script, to run in a page with {@link #check}. */
    static String axe() throws Exception {
        try (InputStream in = AccessibilityBrowserIT.class.getResourceAsStream(AXE)) {
            assertThat(in).as("axe-core").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The serious and critical WCAG 2.1 AA violations axe-core finds in the page open in the browser. */
    @SuppressWarnings("unchecked")
    static List<String> check(Browser b, String axe, String page) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.html.substring(0, 160) + ' ' + (n.any[0] ? n.any[0].message : ''))}))))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            String impact = String.valueOf(v.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                out.add(page + ": " + v.get("id") + " (" + impact + ") " + v.get("help") + " " + v.get("nodes"));
            }
        }
        return out;
    }

    private static long jalId() throws Exception {
        for (var w : Hub.json(Hub.get("/api/v1/workspaces", Hub.token("mario.personal")))) {
            if (w.get("code").asText().equals("JAL")) {
                return w.get("id").asLong();
            }
        }
        throw new AssertionError("JAL");
    }
}
