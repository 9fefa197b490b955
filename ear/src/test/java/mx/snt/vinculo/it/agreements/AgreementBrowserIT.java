package mx.snt.vinculo.it.agreements;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real Keycloak login in a real browser: staff of ITEI drafts an agreement with
 * COTAI and a university, legal (INAIP) sends it back with a comment, staff fixes it, legal
 * clears it, a commissioner approves it, the signatures and the signed PDF put it in force;
 * COTAI (a party) sees it, INFOCDMX (not a party) gets 404.
 */
class AgreementBrowserIT {

    static final String TITLE = "Convenio de coordinación ITEI–COTAI (navegador)";
    static final String COMMENT = "Falta la cláusula de protección de datos personales.";
    static final String MOVED_TO_DRAFT = "El convenio se devolvió a borrador con su comentario.";

    @Test
    void draftReviewSendBackFixApproveSignAndWhoSeesIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        String url;
        try (Browser mario = new Browser()) {
            mario.signIn("/convenios/nuevo.xhtml", "mario.personal");
            mario.find(By.id("agr:title")).sendKeys(TITLE);
            mario.driver.findElement(By.id("agr:purpose")).sendKeys("Asistencia técnica recíproca para la PNT.");
            new Select(mario.driver.findElement(By.id("agr:type"))).selectByValue("COORDINACION");
            mario.driver.findElement(By.id("agr:save")).click();
            assertThat(mario.find(By.id("agreement-title")).getText()).isEqualTo(TITLE);
            assertThat(state(mario)).isEqualTo("DRAFT");
            url = mario.driver.getCurrentUrl().substring(Hub.APP.length());

            Select body = new Select(mario.driver.findElement(By.id("party:body")));
            body.getOptions().stream().filter(o -> o.getText().startsWith("COTAI")).findFirst().orElseThrow().click();
            mario.driver.findElement(By.id("party:signatory")).sendKeys("Presidencia de la COTAI");
            submit(mario, By.id("party:add"));
            mario.waitForText("Parte agregada.");
            new Select(mario.driver.findElement(By.id("party:category"))).selectByValue("UNIVERSITY");
            mario.driver.findElement(By.id("party:name")).sendKeys("Universidad de Guadalajara");
            mario.driver.findElement(By.id("party:signatory")).sendKeys("Rectoría General");
            submit(mario, By.id("party:add"));
            assertThat(mario.find(By.id("parties-table")).getText()).contains("Comisión de Transparencia").contains("Universidad de Guadalajara");

            WebElement editor = mario.find(By.cssSelector("[id='draft:text'] .ql-editor"));
            editor.click();
            editor.sendKeys("PRIMERA. Objeto del convenio.");
            // Kept private when in force, so that only the parties see it.
            mario.driver.findElement(By.id("draft:public")).click();
            submit(mario, By.id("draft:save"));
            mario.waitForText("Borrador guardado.");
            move(mario, "INTERNAL_REVIEW");
            move(mario, "LEGAL_REVIEW");
            assertThat(state(mario)).isEqualTo("LEGAL_REVIEW");
        }

        try (Browser lucia = new Browser()) {
            lucia.signIn("/convenios/index.xhtml", "lucia.juridico");
            lucia.open(url);
            assertThat(lucia.find(By.id("agreement-title")).getText()).isEqualTo(TITLE);
            lucia.find(By.id("flow:comment")).sendKeys(COMMENT);
            // Sent back, the draft is no longer legal's to see: the reviewer lands on the list, with the message.
            submit(lucia, By.cssSelector("button[data-to='DRAFT']"));
            lucia.waitForUrl(u -> u.startsWith(Hub.APP + "/convenios/index.xhtml"), "la lista de convenios");
            lucia.waitForText(MOVED_TO_DRAFT);
        }

        try (Browser mario = new Browser()) {
            mario.signIn("/convenios/index.xhtml", "mario.personal");
            mario.open(url);
            assertThat(mario.find(By.id("timeline")).getText()).contains(COMMENT).contains("Lucía Pech Canul")
                    .doesNotContain("lucia.juridico");
            WebElement editor = mario.find(By.cssSelector("[id='draft:text'] .ql-editor"));
            editor.click();
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            editor.sendKeys(Keys.ENTER, "SEGUNDA. Protección de datos personales.");
            submit(mario, By.id("draft:save"));
            mario.waitForText("Borrador guardado.");
            assertThat(mario.find(By.id("versions")).getText()).contains("Versión 2");
            submit(mario, By.cssSelector("a.compare-link"));
            assertThat(mario.find(By.id("diff")).getText()).contains("SEGUNDA. Protección de datos personales.").contains("Agregado");
            mario.open(url);
            move(mario, "INTERNAL_REVIEW");
            move(mario, "LEGAL_REVIEW");
        }

        try (Browser lucia = new Browser()) {
            lucia.signIn("/convenios/index.xhtml", "lucia.juridico");
            lucia.open(url);
            submit(lucia, By.id("flow:clear"));
            lucia.waitForText("Dictamen jurídico favorable registrado.");
        }

        try (Browser elena = new Browser()) {
            elena.signIn("/convenios/index.xhtml", "elena.comisionada");
            elena.open(url);
            assertThat(elena.find(By.id("legal-status")).getText()).isEqualTo("Dictamen jurídico favorable");
            elena.find(By.id("flow:acuerdo")).sendKeys("CVPDCS/SO/03/2026/04");
            elena.typeDate("flow:acuerdoDate", today);
            move(elena, "APPROVED");
            assertThat(state(elena)).isEqualTo("APPROVED");
            assertThat(elena.find(By.id("agreement-acuerdo")).getText()).contains("CVPDCS/SO/03/2026/04");
        }

        Path pdf = Files.createTempFile("convenio-firmado", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        try (Browser mario = new Browser()) {
            mario.signIn("/convenios/index.xhtml", "mario.personal");
            mario.open(url);
            move(mario, "SIGNING");
            int parties = new Select(mario.find(By.id("sign:party"))).getOptions().size();
            assertThat(parties).isEqualTo(3);
            for (int i = 0; i < parties; i++) {
                new Select(mario.find(By.id("sign:party"))).selectByIndex(i);
                mario.typeDate("sign:date", today);
                submit(mario, By.id("sign:record"));
                mario.waitForText("Firma registrada.");
            }
            mario.typeDate("sign:start", today);
            mario.typeDate("sign:end", today.minusDays(1));
            submit(mario, By.id("sign:validity"));
            mario.waitForText("El fin de la vigencia no puede ser anterior a su inicio.");
            mario.typeDate("sign:end", today.plusYears(2));
            submit(mario, By.id("sign:validity"));
            mario.waitForText("Vigencia guardada.");
            assertThat(state(mario)).isEqualTo("SIGNING");
            new Select(mario.find(By.id("files:kind"))).selectByValue("SIGNED_PDF");
            mario.driver.findElement(By.id("files:file")).sendKeys(pdf.toString());
            submit(mario, By.id("files:upload"));
            assertThat(state(mario)).isEqualTo("IN_FORCE");
            assertThat(mario.find(By.id("agreement-visibility")).getText()).startsWith("Privado");
            assertThat(mario.find(By.id("attachments")).getText()).contains("convenio-firmado");
        } finally {
            Files.deleteIfExists(pdf);
        }

        try (Browser pedro = new Browser()) {
            pedro.signIn("/convenios/index.xhtml", "pedro.personal");
            pedro.open(url);
            assertThat(pedro.find(By.id("agreement-title")).getText()).isEqualTo(TITLE);
            assertThat(state(pedro)).isEqualTo("IN_FORCE");
            pedro.open("/convenios/index.xhtml");
            assertThat(pedro.find(By.id("rows")).getText()).contains(TITLE);
            // The filters are a GET form: the filtered list has an address, and the form shows what it filters by.
            new Select(pedro.find(By.id("state"))).selectByValue("IN_FORCE");
            pedro.find(By.id("party")).sendKeys("Guadalajara");
            pedro.driver.findElement(By.id("apply")).click();
            pedro.waitForUrl(u -> u.contains("estado=IN_FORCE") && u.contains("parte=Guadalajara"), "la lista filtrada");
            assertThat(pedro.find(By.id("rows")).getText()).contains(TITLE);
            assertThat(new Select(pedro.find(By.id("state"))).getFirstSelectedOption().getText()).isEqualTo("Vigente");
            assertThat(pedro.find(By.id("party")).getDomProperty("value")).isEqualTo("Guadalajara");
            assertThat(pedro.find(By.id("export")).getDomAttribute("href")).endsWith("/convenios/exportar?estado=IN_FORCE&parte=Guadalajara");
            pedro.open("/convenios/index.xhtml?estado=DRAFT&parte=Guadalajara");
            assertThat(pedro.find(By.id("rows")).getText()).doesNotContain(TITLE);
            // An edited address: an unknown state is left out, a page past the end shows the last one.
            pedro.open("/convenios/index.xhtml?estado=NADA&pagina=9999");
            assertThat(pedro.find(By.id("rows-table")).getText()).isNotEmpty();
            assertThat(pedro.find(By.id("pager")).getText()).matches("(?s).*Página (\\d+) de \\1 .*");
        }

        try (Browser carlos = new Browser()) {
            carlos.signIn("/convenios/index.xhtml", "carlos.comisionado");
            carlos.open(url);
            assertThat(carlos.find(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
            assertThat(carlos.text()).doesNotContain(TITLE).doesNotContain("Exception");
            carlos.open("/convenios/index.xhtml");
            assertThat(carlos.find(By.tagName("h1")).getText()).isEqualTo("Convenios");
            assertThat(carlos.text()).doesNotContain(TITLE);
            carlos.open("/convenios/tablero.xhtml");
            assertThat(carlos.find(By.tagName("h1")).getText()).isEqualTo("Tablero de convenios");
            assertThat(carlos.find(By.id("by-state")).getText()).contains("Vigente");
            assertThat(carlos.find(By.id("by-year")).getText()).contains("Colaboración");
        }
    }

    static String state(Browser b) {
        return b.find(By.id("agreement-state")).getAttribute("data-state");
    }

    /** Clicks and waits for the next page (the old one goes stale). */
    static void submit(Browser b, By button) {
        WebElement marker = b.find(By.tagName("h1"));
        b.find(button).click();
        try {
            // Stale, or (a Chromium race while the page is replaced) "node does not belong to the document".
            b.wait.until(d -> {
                try {
                    marker.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("La página no respondió a " + button + "\n" + b.text(), e);
        }
    }

    static void move(Browser b, String to) {
        submit(b, By.cssSelector("button[data-to='" + to + "']"));
        try {
            b.wait.until(d -> to.equals(state(b)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Esperaba el estado " + to + "\n" + b.text(), e);
        }
    }
}
