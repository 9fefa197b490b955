package mx.snt.vinculo.sessions;

import mx.snt.vinculo.visibility.Visibility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import mx.snt.vinculo.pdf.TaggedPdf;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acta as an accessible document: a tagged PDF (structure tree, language, title, embedded fonts, artifacts) that
 * veraPDF finds PDF/UA-1 compliant, with the roll call as a table and every signature block whole on one page.
 */
class ActaPdfTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** Nine people present and a long narrative: the signatures reach a page break, which must fall between blocks. */
    static SessionDetail session() {
        List<AttendeeRow> attendees = new ArrayList<>();
        List<RollCallRow> rollCall = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            String name = "Integrante Número " + i + " Ramírez";
            boolean commissioner = i <= 7;
            attendees.add(new AttendeeRow(i, "u" + i, name, commissioner, AttendanceStatus.PRESENT, i == 8,
                    i % 2 == 0 ? "Instituto de Transparencia del Estado de Jalisco" : null));
            if (commissioner) {
                rollCall.add(new RollCallRow(i, name, i == 3 ? RollCallRow.RollCallVote.AGAINST : RollCallRow.RollCallVote.FOR));
            }
        }
        attendees.add(new AttendeeRow(10, "u10", "Persona Ausente", true, AttendanceStatus.ABSENT));
        var open = new ItemRow(1, 1, ItemKind.PROPOSAL, "Programa anual de difusión", null, null, null, VoteState.CLOSED,
                "APPROVED", null, 6, 1, 0, List.of(), null, null, VoteRule.SIMPLE_MAJORITY_PRESENT, false, false,
                List.of(), rollCall);
        var secret = new ItemRow(2, 2, ItemKind.PROPOSAL, "Nombramiento de la Secretaría", null, null, null, VoteState.CLOSED,
                "APPROVED", null, 5, 1, 1, List.of(), null, null, VoteRule.QUALIFIED_TWO_THIRDS, true, true, List.of(), List.of());
        String narrative = IntStream.range(0, 14).mapToObj(i -> "Párrafo " + i + " de la narrativa de la sesión, con acentos"
                + " y eñes: año, comunicación, difusión; la Comisión deliberó sobre los asuntos del orden del día.")
                .collect(Collectors.joining("\n\n"));
        return new SessionDetail(1, 1, "CVPDCS", "Comisión de Vinculación, Promoción, Difusión y Comunicación Social",
                SessionKind.ORDINARY, 3, 2026, "Tercera sesión ordinaria", Instant.parse("2026-12-08T17:00:00Z"), 120,
                "Guadalajara", null, null, null, false, SessionState.CLOSED, null, Visibility.PRIVATE, null, Instant.now(),
                Instant.parse("2026-12-08T17:05:00Z"), Instant.parse("2026-12-08T18:00:00Z"), narrative, null, 3,
                List.of(open, secret), attendees,
                List.of(new AcuerdoRow(1, 1, "CVPDCS/SO/03/2026/01", "Se aprueba: Programa anual de difusión", "APPROVED",
                        6, 1, 0, Instant.now())), 10, 9, true, false);
    }

    @Test
    void theActaIsTaggedWithLanguageTitleAndEmbeddedFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(ActaDocument.pdf(session()))) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("es-MX");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Acta de la Sesión Ordinaria 03/2026, Comisión de Vinculación, Promoción, Difusión y Comunicación Social");
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>").contains("Acta de la Sesión Ordinaria 03/2026");

            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }

            PDStructureNode root = catalog.getStructureTreeRoot();
            List<String> types = new ArrayList<>();
            walk(root, e -> types.add(e.getStructureType()));
            assertThat(types.get(0)).isEqualTo("Document");
            assertThat(types).contains("H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "Sect", "Div");
            assertThat(types.stream().filter("H1"::equals).count()).isEqualTo(1);
            // One roll-call table: the open vote's; the secret ballot has counts only.
            assertThat(types.stream().filter("Table"::equals).count()).isEqualTo(1);
            // Seven commissioners, each a row under the header row.
            assertThat(types.stream().filter("TR"::equals).count()).isEqualTo(8);

            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("ACTA DE LA SESIÓN ORDINARIA 03/2026").contains("Integrante").contains("Sentido del voto")
                    .containsPattern("Integrante Número 3 Ramírez\\s+en contra")
                    .containsPattern("Integrante Número 1 Ramírez\\s+a favor")
                    .contains("Votación secreta: solo constan los totales.")
                    .contains("Página 1 de " + doc.getNumberOfPages());
        }
    }

    @Test
    void eachSignatureBlockIsWholeOnOnePageWithNamePositionAndBody() throws Exception {
        SessionDetail d = session();
        try (PDDocument doc = Loader.loadPDF(ActaDocument.pdf(d))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            List<Integer> pages = signaturePages(doc);
            assertThat(pages).hasSize(9);
            List<TaggedPdf.SignatureBlock> signers = ActaDocument.signers(d);
            for (int i = 0; i < signers.size(); i++) {
                // Name, position and body, in this order, on the page the block's tags point to.
                String block = String.join(" ", signers.get(i).lines());
                assertThat(pageText(doc, pages.get(i))).contains(block);
            }
            assertThat(String.join(" ", signers.get(0).lines())).isEqualTo(
                    "Integrante Número 1 Ramírez Comisionada o comisionado Comisión de Vinculación, Promoción, Difusión y Comunicación Social");
            assertThat(String.join(" ", signers.get(7).lines()))
                    .isEqualTo("Integrante Número 8 Ramírez Secretaría Técnica Instituto de Transparencia del Estado de Jalisco");
            assertThat(signers).noneMatch(s -> s.lines().get(0).equals("Persona Ausente"));
        }
    }

    /** Whatever the length before them, signature blocks are whole and never one or two alone on a last page. */
    @Test
    void signaturesNeverSpillAsALonelyLineOntoAPage() throws Exception {
        for (int signers = 1; signers <= 5; signers++) {
            for (int paragraphs = 0; paragraphs <= 40; paragraphs += 1) {
                SessionDetail d = withPeopleAndNarrative(signers, paragraphs);
                try (PDDocument doc = Loader.loadPDF(ActaDocument.pdf(d))) {
                    List<Integer> pages = signaturePages(doc);
                    assertThat(pages).hasSize(signers);
                    int lastPage = pages.get(pages.size() - 1);
                    long onLast = pages.stream().filter(p -> p == lastPage).count();
                    boolean split = pages.get(0) != lastPage;
                    if (split) {
                        // The blocks that moved: at least two rows (three or four blocks), never a lonely one or two.
                        assertThat(onLast).as(signers + " signers, " + paragraphs + " paragraphs").isGreaterThanOrEqualTo(3);
                    }
                    // The heading is on the page of the first block.
                    assertThat(pageText(doc, pages.get(0))).contains("Firmas");
                }
            }
        }
    }

    private static SessionDetail withPeopleAndNarrative(int people, int paragraphs) {
        SessionDetail base = session();
        List<AttendeeRow> attendees = base.attendees().subList(0, people);
        String narrative = IntStream.range(0, paragraphs).mapToObj(i -> "Párrafo " + i + " de la narrativa.")
                .collect(Collectors.joining("\n"));
        return new SessionDetail(base.id(), base.workspaceId(), base.workspaceCode(), base.workspaceName(), base.kind(),
                base.number(), base.year(), base.title(), base.startsAt(), base.durationMinutes(), base.place(), null, null, null,
                false, base.state(), null, base.visibility(), null, base.convenedAt(), base.startedAt(), base.endedAt(), narrative,
                null, 3, List.of(), attendees, List.of(), people, people, true, false);
    }

    /** The page (1-based) of each signature block, from the pages its marked content references; one page per block. */
    private static List<Integer> signaturePages(PDDocument doc) {
        List<PDStructureElement> blocks = new ArrayList<>();
        walk(doc.getDocumentCatalog().getStructureTreeRoot(), e -> {
            if ("Div".equals(e.getStructureType())) {
                blocks.add(e);
            }
        });
        List<Integer> out = new ArrayList<>();
        for (PDStructureElement block : blocks) {
            Set<PDPage> pages = new HashSet<>();
            walkRefs(block, pages);
            assertThat(pages).as("pages of one signature block").hasSize(1);
            out.add(doc.getPages().indexOf(pages.iterator().next()) + 1);
        }
        return out;
    }

    private static String pageText(PDDocument doc, int page) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void veraPdfFindsTheActaPdfUa1Compliant() throws Exception {
        byte[] pdf = ActaDocument.pdf(session());
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            assertThat(failures).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    /** The validator is not a rubber stamp: an untagged PDF in an unembedded standard font, like the old acta, fails. */
    @Test
    void veraPdfRefusesAnUntaggedPdf() throws Exception {
        byte[] plain;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(60, 700);
                cs.showText("Acta");
                cs.endText();
            }
            doc.save(out);
            plain = out.toByteArray();
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(plain), PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            assertThat(validator.validate(parser).isCompliant()).isFalse();
        }
    }

    private static void walk(PDStructureNode node, java.util.function.Consumer<PDStructureElement> visit) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                visit.accept(e);
                walk(e, visit);
            }
        }
    }

    private static void walkRefs(PDStructureElement node, Set<PDPage> pages) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                walkRefs(e, pages);
            } else if (kid instanceof PDMarkedContentReference ref) {
                pages.add(ref.getPage());
            }
        }
    }
}
