package mx.snt.vinculo.notices;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of notices: by name, in the reader's language, dates dd/MM/yyyy in Mexico City, absolute links, escaped HTML. */
class NoticeComposerTest {

    static final Locale ES = Locale.forLanguageTag("es-MX");

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    static final String CONVOCATION = "{\"kind\":\"SESSION\",\"id\":2,\"title\":\"Tercera <sesión>\",\"path\":\"/sesiones/ver.xhtml?id=2\","
            + "\"workspaceName\":\"Comisión de Vinculación\",\"sessionLabel\":\"SO 03/2026\",\"startsAt\":\"2026-12-03T17:00:00Z\","
            + "\"durationMinutes\":90,\"place\":\"Sala 1\",\"remoteUrl\":\"https://meet.example/x\",\"state\":\"CONVENED\","
            + "\"agenda\":[{\"position\":1,\"title\":\"Programa\",\"presenter\":\"Elena\",\"documents\":[{\"name\":\"a&b.pdf\",\"path\":\"/sesiones/archivo/2/7\"}]}]";

    @Test
    void aConvocationInEnglishWithEverythingAMemberNeeds() {
        NoticeComposer.Mail m = NoticeComposer.compose(json(CONVOCATION + "}"), "CONVOCATION", "Ana Admin", Locale.ENGLISH,
                "https://vinculo.example/");
        assertThat(m.subject()).isEqualTo("Convocation: Tercera <sesión>");
        assertThat(m.text()).startsWith("Dear Ana Admin,").contains("Body: Comisión de Vinculación").contains("Session: SO 03/2026")
                .contains("Date and time: 03/12/2026 11:00 (Mexico City time)").contains("Duration: 90 minutes")
                .contains("Remote meeting: https://meet.example/x").contains("1. Programa — Elena")
                .contains("Document: a&b.pdf https://vinculo.example/sesiones/archivo/2/7")
                .contains("https://vinculo.example/sesiones/ver.xhtml?id=2")
                .contains("https://vinculo.example/preferencias/index.xhtml");
        assertThat(m.html()).contains("<html lang=\"en\">").contains("Tercera &lt;sesión&gt;").contains("a&amp;b.pdf")
                .contains("href=\"https://vinculo.example/sesiones/archivo/2/7\"").doesNotContain("<sesión>");
    }

    @Test
    void aCancellationAndAnUpdateSayWhatChanged() {
        String cancelled = CONVOCATION + ",\"changes\":[{\"what\":\"CANCELLED\",\"after\":\"Sin quórum\"}]}";
        NoticeComposer.Mail c = NoticeComposer.compose(json(cancelled), "CONVOCATION", "Elena Ramírez", ES, "https://vinculo.example");
        assertThat(c.subject()).isEqualTo("Sesión cancelada: Tercera <sesión>");
        assertThat(c.text()).startsWith("Elena Ramírez:").contains("- Motivo de la cancelación: Sin quórum");

        String updated = CONVOCATION + ",\"changes\":[{\"what\":\"REMOTE_URL\",\"after\":\"https://meet.example/x\"},"
                + "{\"what\":\"DURATION\",\"before\":\"120\",\"after\":\"90\"},{\"what\":\"ITEM_MOVED\",\"before\":\"Programa\",\"after\":\"1\"},"
                + "{\"what\":\"ITEM_REMOVED\",\"before\":\"Asuntos generales\"}]}";
        NoticeComposer.Mail u = NoticeComposer.compose(json(updated), "CONVOCATION", "Elena Ramírez", ES, "https://vinculo.example");
        assertThat(u.subject()).isEqualTo("Convocatoria actualizada: Tercera <sesión>");
        assertThat(u.text()).contains("Qué cambió:").contains("- Enlace a la reunión a distancia: (ninguno) → https://meet.example/x")
                .contains("- Duración: 120 minutos → 90 minutos").contains("- Punto movido: Programa, ahora en el lugar 1")
                .contains("- Punto retirado: Asuntos generales");
    }

    @Test
    void anApprovalNamesWhoApproved() {
        NoticeComposer.Mail m = NoticeComposer.compose(json("{\"kind\":\"AGREEMENT\",\"title\":\"Convenio X\",\"path\":\"/convenios/ver.xhtml?id=3\","
                + "\"actor\":\"Elena Ramírez\"}"), "AGREEMENT_APPROVED", "Mario Pérez", ES, "https://vinculo.example");
        assertThat(m.subject()).isEqualTo("Convenio aprobado: Convenio X");
        assertThat(m.text()).startsWith("Mario Pérez:").contains("Elena Ramírez aprobó el siguiente convenio; ya puede iniciar la firma.");
    }
}
