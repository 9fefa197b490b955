package mx.snt.vinculo.it.proposals;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real Keycloak login in Chromium: staff of ITEI submits a proposal, COTAI adheres,
 * the commission's secretary evaluates, accepts and turns it into a library entry, and a
 * search without accents finds it.
 */
class ProposalToLibraryBrowserIT {

    @Test
    void submitAdhereAcceptTurnIntoEntryAndFindIt() throws Exception {
        String word = Hub.word();
        String title = "Módulos itinerantes de información " + word;
        String proposalUrl;
        try (Browser jal = new Browser()) {
            jal.signIn("/propuestas/nueva.xhtml", "mario.personal");
            assertThat(jal.find(By.tagName("h1")).getText()).isEqualTo("Nueva propuesta");
            Select commission = new Select(jal.driver.findElement(By.id("proposal:commission")));
            commission.getOptions().stream().filter(o -> o.getText().startsWith("CVPDCS")).findFirst().orElseThrow().click();
            jal.driver.findElement(By.id("proposal:title")).sendKeys(title);
            jal.driver.findElement(By.id("proposal:summary")).sendKeys("Llevar orientación sobre el derecho a la información a plazas públicas.");
            // The rich-text editor (as for agreements): two paragraphs typed with Enter stay two paragraphs.
            WebElement editor = jal.find(By.cssSelector("[id='proposal:text'] .ql-editor"));
            editor.click();
            editor.sendKeys("Un módulo por región.", Keys.ENTER, "Con materiales impresos.");
            new Select(jal.driver.findElement(By.id("proposal:topic"))).selectByValue("ACCESS_TO_INFORMATION");
            jal.driver.findElement(By.id("proposal:save")).click();
            assertThat(jal.find(By.id("proposal-title")).getText()).isEqualTo(title);
            assertThat(jal.text()).contains("Propuesta enviada.");
            assertThat(jal.find(By.id("proposal-state")).getText()).isEqualTo("Recibida");
            assertThat(jal.driver.findElements(By.cssSelector("#proposal-text p"))).extracting(WebElement::getText)
                    .containsExactly("Un módulo por región.", "Con materiales impresos.");
            proposalUrl = jal.driver.getCurrentUrl().substring(Hub.APP.length());
            assertThat(proposalUrl).startsWith("/propuestas/ver");
        }

        try (Browser nl = new Browser()) {
            nl.signIn(proposalUrl, "pedro.personal");
            nl.find(By.id("adhesion:adhere")).click();
            nl.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("adhesion-count"), "1"));
            assertThat(nl.text()).contains("Su órgano se adhirió a la propuesta.");
            assertThat(nl.find(By.id("adhesions")).getText()).contains("COTAI");
            assertThat(nl.driver.findElements(By.id("actions:evaluate"))).isEmpty();
        }

        try (Browser commission = new Browser()) {
            commission.signIn(proposalUrl, "sofia.secretaria");
            commission.find(By.id("actions:evaluate")).click();
            commission.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal-state"), "En evaluación"));
            commission.find(By.id("actions:answer")).sendKeys("La Comisión la acepta y la comparte en el acervo.");
            commission.driver.findElement(By.id("actions:accept")).click();
            commission.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal-state"), "Aceptada"));
            assertThat(commission.find(By.id("proposal-answer")).getText()).isEqualTo("La Comisión la acepta y la comparte en el acervo.");
            new Select(commission.driver.findElement(By.id("actions:entryVisibility"))).selectByValue("NETWORK");
            commission.driver.findElement(By.id("actions:to-library")).click();
            commission.find(By.id("library-link")).findElement(By.tagName("a")).click();
            assertThat(commission.find(By.id("entry-title")).getText()).isEqualTo(title);
            assertThat(commission.find(By.id("entry-body")).getText()).contains("ITEI");

            // Search without accents and in capitals: the entry is found, with facets.
            commission.open("/acervo/index.xhtml");
            commission.find(By.id("q")).sendKeys("MODULOS itinerantes informacion " + word);
            commission.driver.findElement(By.id("search-button")).click();
            commission.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results-title"), "1 resultado"));
            assertThat(commission.find(By.id("results")).getText()).contains(title);
            assertThat(commission.find(By.id("facet-type")).getText()).contains("Buena práctica (1)");
            assertThat(commission.find(By.id("facet-topic")).getText()).contains("Acceso a la información (1)");
        }
        assertThat(Hub.count("SELECT COUNT(*) FROM library_entry e JOIN proposal p ON p.library_entry_id = e.id"
                + " WHERE e.proposal_id = p.id AND p.title = ? AND p.adhesion_count = 1", title)).isEqualTo(1);
    }

    @Test
    void theCommissionOpensACallAndABodyWritesAndEditsALibraryEntry() throws Exception {
        String word = Hub.word();
        try (Browser commission = new Browser()) {
            commission.signIn("/propuestas/index.xhtml", "sofia.secretaria");
            assertThat(commission.find(By.tagName("h1")).getText()).isEqualTo("Propuestas");
            assertThat(commission.text()).contains("Convocatorias").contains("Órganos adheridos");
            commission.find(By.id("new-call")).click();
            commission.find(By.id("call:title")).sendKeys("Convocatoria " + word);
            new Select(commission.driver.findElement(By.id("call:topic"))).selectByValue("ARCHIVES");
            commission.driver.findElement(By.id("call:description")).sendKeys("Buenas prácticas de archivos.");
            commission.driver.findElement(By.id("call:save")).click();
            assertThat(commission.find(By.id("call-title")).getText()).isEqualTo("Convocatoria " + word);
            assertThat(commission.text()).contains("Convocatoria abierta.").contains("Abierta");
            // Filters of the list work through the page.
            commission.open("/propuestas/index.xhtml");
            new Select(commission.find(By.id("state"))).selectByValue("WITHDRAWN");
            // The filters are a GET form: the filtered list has an address, and the form shows what it filters by.
            commission.driver.findElement(By.id("filter")).click();
            commission.waitForUrl(u -> u.contains("/propuestas/index.xhtml?estado=WITHDRAWN"), "las propuestas retiradas");
            assertThat(commission.find(By.id("list")).getText()).contains("Retirada").doesNotContain("Recibida");
            assertThat(new Select(commission.find(By.id("state"))).getFirstSelectedOption().getText()).isEqualTo("Retirada");
            // An edited address: a state that is not one is left out, a page past the end shows the last one.
            commission.open("/propuestas/index.xhtml?estado=NADA&pagina=9999");
            assertThat(commission.find(By.id("proposals-table")).findElements(By.cssSelector("tbody tr"))).isNotEmpty();
            assertThat(commission.find(By.id("proposals-pager")).getText()).matches("(?s).*Página (\\d+) de \\1 .*");
        }
        try (Browser jal = new Browser()) {
            jal.signIn("/acervo/nueva.xhtml", "mario.personal");
            jal.find(By.id("entry:title")).sendKeys("Manual de valoración " + word);
            jal.driver.findElement(By.id("entry:authors")).sendKeys("Mario Personal");
            jal.driver.findElement(By.cssSelector("input[name='entry:topics'][value='ARCHIVES']")).click();
            jal.driver.findElement(By.id("entry:summary")).sendKeys("Cómo valorar series documentales.");
            jal.driver.findElement(By.id("entry:save")).click();
            assertThat(jal.find(By.id("entry-title")).getText()).isEqualTo("Manual de valoración " + word);
            assertThat(jal.text()).contains("Entrada guardada en el acervo.");
            jal.find(By.id("edit")).click();
            var title = jal.find(By.id("entry:title"));
            title.clear();
            title.sendKeys("Manual de valoración documental " + word);
            jal.driver.findElement(By.id("entry:save")).click();
            assertThat(jal.find(By.id("entry-title")).getText()).isEqualTo("Manual de valoración documental " + word);
            assertThat(jal.text()).contains("Cambios guardados.");
        }
    }
}
