package mx.snt.vinculo.sessions;

import mx.snt.vinculo.visibility.Visibility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The acta's roll call: each commissioner's vote on an open vote, counts only on a secret one, who recused. */
class ActaRollCallTest {

    @Test
    void theActaShowsTheRollCallOfOpenVotesAndOnlyCountsOfSecretOnes() throws Exception {
        var open = new ItemRow(1, 1, ItemKind.PROPOSAL, "Programa anual de difusión", null, null, null, VoteState.CLOSED,
                "APPROVED", null, 1, 1, 0, List.of(), null, null, VoteRule.SIMPLE_MAJORITY_PRESENT, false, false,
                List.of(new RecusalRow(3, "Ana Torres", "conflicto de interés")),
                List.of(new RollCallRow(3, "Ana Torres", RollCallRow.RollCallVote.RECUSED),
                        new RollCallRow(2, "Carlos Núñez", RollCallRow.RollCallVote.FOR),
                        new RollCallRow(1, "Elena Ramírez", RollCallRow.RollCallVote.AGAINST),
                        new RollCallRow(4, "Luis Ortega", RollCallRow.RollCallVote.ABSENT)));
        var secret = new ItemRow(2, 2, ItemKind.PROPOSAL, "Nombramiento de la Secretaría", null, null, null, VoteState.CLOSED,
                "APPROVED", null, 2, 0, 1, List.of(), null, null, VoteRule.QUALIFIED_TWO_THIRDS, true, true, List.of(), List.of());
        var d = new SessionDetail(1, 1, "CVPDCS", "Comisión de Vinculación", SessionKind.ORDINARY, 3, 2026, "Tercera sesión",
                Instant.parse("2026-12-08T17:00:00Z"), 120, "Guadalajara", null, null, null, false, SessionState.CLOSED, null,
                Visibility.PRIVATE, null, Instant.now(), Instant.parse("2026-12-08T17:05:00Z"), Instant.parse("2026-12-08T18:00:00Z"),
                "Narrativa.", null, 3, List.of(open, secret),
                List.of(new AttendeeRow(1, "elena", "Elena Ramírez", true, AttendanceStatus.PRESENT)),
                List.of(new AcuerdoRow(1, 1, "CVPDCS/SO/03/2026/01", "Se aprueba, con el voto de calidad de quien preside: Programa anual de difusión",
                        "APPROVED", 1, 1, 0, Instant.now(), VoteRule.SIMPLE_MAJORITY_PRESENT, false, true, 1)), 4, 3, true, false);
        try (var doc = Loader.loadPDF(ActaDocument.pdf(d))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Fecha: 8 de diciembre de 2026")
                    .contains("Regla: mayoría simple de las y los presentes.")
                    .contains("Votación nominal:")
                    .containsPattern("Carlos Núñez\\s+a favor").containsPattern("Elena Ramírez\\s+en contra")
                    .containsPattern("Ana Torres\\s+excusa").containsPattern("Luis Ortega\\s+ausente")
                    .contains("Se excusó de este asunto: Ana Torres: conflicto de interés")
                    .contains("con el voto de calidad de quien preside")
                    .contains("Regla: mayoría calificada de dos terceras partes")
                    .contains("Votación secreta: solo constan los totales.")
                    .contains("2 a favor, 0 en contra, 1 abstenciones");
            // One roll call: the open vote's; the secret one has none.
            assertThat(text.split("Votación nominal", -1)).hasSize(2);
        }
    }
}
