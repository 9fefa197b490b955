package mx.snt.vinculo.it.proposals;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An action that cannot be undone asks first, in words that say what will happen, and "No"
 * changes nothing; buttons carry an icon beside their text (never instead of it).
 */
class ConfirmationsBrowserIT {

    @Test
    void withdrawingAProposalAsksFirstAndNoChangesNothing() throws Exception {
        String title = "Ventanilla única de solicitudes " + Hub.word();
        try (Browser author = new Browser()) {
            author.signIn("/propuestas/nueva.xhtml", "mario.personal");
            Select commission = new Select(author.driver.findElement(By.id("proposal:commission")));
            commission.getOptions().stream().filter(o -> o.getText().startsWith("CVPDCS")).findFirst().orElseThrow().click();
            author.driver.findElement(By.id("proposal:title")).sendKeys(title);
            author.driver.findElement(By.id("proposal:summary")).sendKeys("Recibir en un solo lugar las solicitudes de los órganos de la región.");
            WebElement editor = author.find(By.cssSelector("[id='proposal:text'] .ql-editor"));
            editor.click();
            editor.sendKeys("Una ventanilla por región.");
            new Select(author.driver.findElement(By.id("proposal:topic"))).selectByValue("ACCESS_TO_INFORMATION");
            author.clickAndReload(By.id("proposal:save"));
            assertThat(author.find(By.id("proposal-state")).getText()).isEqualTo("Recibida");

            WebElement withdraw = author.find(By.id("actions:withdraw"));
            assertThat(withdraw.getText()).isEqualTo("Retirar mi propuesta");
            assertThat(withdraw.findElements(By.cssSelector(".pi-times-circle"))).hasSize(1);
            assertThat(withdraw.getDomAttribute("class")).contains("danger");

            // "No, volver": the dialog closes and the proposal is still received.
            withdraw.click();
            WebElement dialog = author.find(By.id("confirm-dialog"));
            author.wait.until(ExpectedConditions.visibilityOf(dialog));
            assertThat(dialog.getText()).contains("¿Retirar su propuesta?", "no se puede deshacer", "Sí, continuar", "No, volver");
            author.driver.findElement(By.id("confirm-no")).click();
            author.wait.until(ExpectedConditions.invisibilityOf(dialog));
            author.reload();
            assertThat(author.find(By.id("proposal-state")).getText()).isEqualTo("Recibida");

            // "Sí, continuar": withdrawn, on the same address.
            String address = author.driver.getCurrentUrl();
            author.find(By.id("actions:withdraw")).click();
            author.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-dialog")));
            author.clickAndReload(By.id("confirm-yes"));
            assertThat(author.find(By.id("proposal-state")).getText()).isEqualTo("Retirada");
            assertThat(author.text()).contains("Propuesta retirada.");
            assertThat(author.driver.getCurrentUrl()).isEqualTo(address);
        }
    }
}
