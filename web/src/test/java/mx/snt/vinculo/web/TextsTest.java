package mx.snt.vinculo.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void spanishNeverFallsBackToTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Texts.get(Texts.SPANISH, "error.title.404")).isEqualTo("No encontrado");
            assertThat(Texts.get(Locale.ENGLISH, "error.title.404")).isEqualTo("Not found");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAndUnknownKeys() {
        assertThat(Texts.get(Texts.SPANISH, "document.title.tooLong", 200)).isEqualTo("El título admite hasta 200 caracteres.");
        assertThat(Texts.get(Texts.SPANISH, "no.such.key")).startsWith("Ocurrió un error inesperado");
    }

    @Test
    void aJobAnotherInstanceRunsIsRefusedInTheCallersLanguage() {
        var busy = new mx.snt.vinculo.platform.JobBusyException("pnt.export", "vinculo-2@app2 #41", "2026-11-28 12:05:00");
        assertThat(Texts.get(Texts.SPANISH, busy.key(), busy.args()))
                .isEqualTo("La exportación a la PNT ya está en curso en la instancia vinculo-2@app2 #41 (desde 2026-11-28 12:05:00)."
                        + " Espere a que termine; su avance se ve en la consola de integración.");
        assertThat(Texts.get(Locale.ENGLISH, busy.key(), busy.args())).startsWith("The PNT export is already running on instance vinculo-2@app2 #41");
        var digests = new mx.snt.vinculo.platform.JobBusyException("digests", "a", "b");
        assertThat(Texts.get(Texts.SPANISH, digests.key(), digests.args())).startsWith("El envío de resúmenes ya está en curso");
    }

    @Test
    void stateCodesInAMessageReadAsTheirLabels() {
        assertThat(Texts.get(Texts.SPANISH, "agreement.transition.invalid", "DRAFT", "IN_FORCE"))
                .doesNotContain("DRAFT").doesNotContain("IN_FORCE").contains("Borrador");
        assertThat(Texts.get(Texts.SPANISH, "proposal.transition.invalid", "WITHDRAWN", "ACCEPTED")).doesNotContain("WITHDRAWN");
        assertThat(Texts.get(Locale.ENGLISH, "session.state.wrong", "CLOSED")).doesNotContain("CLOSED");
    }

    @Test
    void everyBundleSpeaksBothLanguages() throws Exception {
        for (String bundle : Texts.BUNDLES) {
            String path = "/" + bundle.replace('.', '/');
            var spanish = load(path + ".properties");
            var english = load(path + "_en.properties");
            assertThat(english.stringPropertyNames()).as(bundle + "_en").containsExactlyInAnyOrderElementsOf(spanish.stringPropertyNames());
        }
    }

    /** A key defined twice silently takes the last value (an error text once replaced column labels). */
    @Test
    void noBundleDefinesAKeyTwice() throws Exception {
        for (String bundle : Texts.BUNDLES) {
            String path = "/" + bundle.replace('.', '/');
            for (String resource : List.of(path + ".properties", path + "_en.properties")) {
                assertThat(duplicateKeys(resource)).as(resource).isEmpty();
            }
        }
    }

    private static List<String> duplicateKeys(String resource) throws Exception {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> twice = new java.util.ArrayList<>();
        try (var in = TextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String previous = "";
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                boolean continuation = previous.endsWith("\\") && !previous.endsWith("\\\\");
                previous = line;
                String t = line.strip();
                if (continuation || t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                String key = t.split("\\s*[=:]\\s*|\\s+", 2)[0];
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        return twice;
    }

    private static java.util.Properties load(String resource) throws Exception {
        var p = new java.util.Properties();
        try (var in = TextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
