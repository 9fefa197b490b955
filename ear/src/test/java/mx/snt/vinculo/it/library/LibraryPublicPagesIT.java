package mx.snt.vinculo.it.library;

import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static mx.snt.vinculo.it.Hub.count;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public side of the library and the demo data the hub starts with (the test run seeds
 * it): anyone searches PUBLIC entries, including the text of their PDFs, without signing in.
 */
class LibraryPublicPagesIT {

    @Test
    void theDemoHasARealLibraryAndProposalsInEveryState() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM library_entry WHERE created_by = 'ana.admin'")).isGreaterThanOrEqualTo(200);
        assertThat(count("SELECT COUNT(DISTINCT topic) FROM library_entry_topic")).isEqualTo(6);
        assertThat(count("SELECT COUNT(DISTINCT entry_type) FROM library_entry")).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM library_entry_file f JOIN stored_file s ON s.id = f.file_id"
                + " WHERE s.kind = 'PDF' AND f.text_content LIKE '%anonimizaci%'")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM search_change WHERE item_type = '*epoch'")).isEqualTo(1);  // the index is derived
        assertThat(count("SELECT COUNT(*) FROM proposal_call WHERE created_by IN ('sofia.secretaria', 'ana.admin')")).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(DISTINCT state) FROM proposal")).isEqualTo(5);
        assertThat(count("SELECT COUNT(DISTINCT body_id) FROM proposal")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM proposal_adhesion")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM proposal_comment WHERE parent_id IS NOT NULL")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM proposal p JOIN library_entry e ON e.id = p.library_entry_id AND e.proposal_id = p.id")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anyoneSearchesPublicEntriesEvenInsidePdfsWithoutAccents() throws Exception {
        // The index is built from the database at start-up, in the background.
        Hub.eventually(30, () -> assertThat(Hub.get("/acervo/index.xhtml?q=ANONIMIZACION", null).body())
                .contains("Guía para la publicación de obligaciones de transparencia"));
        HttpResponse<String> r = Hub.get("/acervo/index.xhtml?q=ANONIMIZACION", null);
        assertThat(r.statusCode()).isEqualTo(200);
        // Entry 1 of the demo is PUBLIC and mentions "anonimización" only in its PDF.
        assertThat(r.body()).contains("Guía para la publicación de obligaciones de transparencia")
                .contains("resultados").contains("id=\"facet-topic\"").doesNotContain("Nota privada");
        long privateId = count("SELECT MIN(id) FROM library_entry WHERE visibility = 'PRIVATE'");
        // Signed out, a private entry asks for sign-in and comes back to it; so does an id that does not exist
        // (the answer never tells whether a private id exists).
        HttpResponse<String> hidden = Hub.get("/acervo/ver.xhtml?id=" + privateId, null);
        assertThat(hidden.statusCode()).isIn(302, 303);
        assertThat(hidden.headers().firstValue("Location").orElse(""))
                .endsWith("/entrar?volver=" + Hub.enc("/acervo/ver.xhtml?id=" + privateId));
        assertThat(hidden.body()).doesNotContain("Nota privada");
        HttpResponse<String> missing = Hub.get("/acervo/ver.xhtml?id=987654321", null);
        assertThat(missing.statusCode()).isEqualTo(hidden.statusCode());
        assertThat(missing.headers().firstValue("Location").orElse(""))
                .endsWith("/entrar?volver=" + Hub.enc("/acervo/ver.xhtml?id=987654321"));
        long publicId = count("SELECT MIN(id) FROM library_entry WHERE visibility = 'PUBLIC'");
        HttpResponse<String> entry = Hub.get("/acervo/ver.xhtml?id=" + publicId, null);
        assertThat(entry.statusCode()).isEqualTo(200);
        assertThat(entry.body()).contains("id=\"entry-title\"");
        // Proposals are for the network: the pages ask for sign-in.
        assertThat(Hub.get("/propuestas/index.xhtml", null).statusCode()).isIn(302, 303, 401);
    }
}
