package mx.snt.vinculo.it.materials;

import mx.snt.vinculo.it.Browser;
import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Materials through the pages: a member of CVPDCS makes a statistical material and publishes it; signed out, its
 * page shows the table and the chart (the Browser runs axe on it: no violation); a gallery refuses an image
 * without alternative text, stores nothing, and takes it with one; the private draft stays a sign-in.
 */
class MaterialsBrowserIT {

    @Test
    void aStatisticalMaterialIsPublishedWithItsTableAndChartAndAGalleryRequiresAlternativeText() throws Exception {
        String sofia = Hub.signIn("sofia.secretaria");
        long ws = Hub.workspaceId(sofia, "CVPDCS");
        String title = "Solicitudes por trimestre " + Hub.word();
        long statId;
        try (Browser member = new Browser()) {
            member.signIn("/materiales/editar.xhtml?ws=" + ws + "&tipo=STATISTICAL", "sofia.secretaria");
            member.find(By.id("material:title")).sendKeys(title);
            member.find(By.id("material:description")).sendKeys("Cifras de la comisión.");
            // A cell that is not a number is refused next to nothing saved.
            member.find(By.id("material:csv")).sendKeys("Trimestre,Solicitudes,Recursos\nT1,120,14\nT2,diez,9\n");
            member.clickAndReload(By.id("material:save"));
            assertThat(member.text()).contains("La fila 3, columna «Solicitudes», no es un número: «diez».");
            assertThat(Hub.count("SELECT COUNT(*) FROM material WHERE title = ?", title)).isZero();
            WebElement csv = member.find(By.id("material:csv"));
            csv.clear();
            csv.sendKeys("Trimestre,Solicitudes,Recursos\nT1,120,14\nT2,98,9\nT3,131,12\n");
            new Select(member.find(By.id("material:chart"))).selectByValue("LINE");
            member.clickAndReload(By.id("material:save"));
            assertThat(member.find(By.id("material-title")).getText()).isEqualTo(title);
            statId = Hub.count("SELECT id FROM material WHERE title = ?", title);
            assertThat(Hub.string("SELECT visibility FROM material WHERE id = ?", statId)).isEqualTo("PRIVATE");
            new Select(member.find(By.id("visibility-form:visibility"))).selectByValue("PUBLIC");
            member.clickAndReload(By.id("visibility-form:change-visibility"));
            assertThat(member.text()).contains("Se cambió la visibilidad.");
            assertThat(Hub.string("SELECT visibility FROM material WHERE id = ?", statId)).isEqualTo("PUBLIC");
            assertThat(Hub.count("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'material.published' AND aggregate_id = ?", statId)).isEqualTo(1);
            assertThat(Hub.count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Material' AND entity_id = ?", statId)).isEqualTo(2);

            // A gallery: an image without alternative text is refused and nothing is stored.
            member.open("/materiales/editar.xhtml?ws=" + ws + "&tipo=PHOTOGRAPHIC");
            String gallery = "Galería del foro " + Hub.word();
            member.find(By.id("material:title")).sendKeys(gallery);
            member.clickAndReload(By.id("material:save"));
            long galleryId = Hub.count("SELECT id FROM material WHERE title = ?", gallery);
            long filesBefore = Hub.count("SELECT COUNT(*) FROM stored_file");
            Path png = png();
            member.find(By.id("image-form:image")).sendKeys(png.toString());
            member.clickAndReload(By.id("image-form:add-image"));
            assertThat(member.text()).contains("Escriba el texto alternativo de la imagen");
            assertThat(Hub.count("SELECT COUNT(*) FROM material_image WHERE material_id = ?", galleryId)).isZero();
            assertThat(Hub.count("SELECT COUNT(*) FROM stored_file")).isEqualTo(filesBefore);
            // Nor can the empty gallery be shared.
            new Select(member.find(By.id("visibility-form:visibility"))).selectByValue("PUBLIC");
            member.clickAndReload(By.id("visibility-form:change-visibility"));
            assertThat(member.text()).contains("Agregue al menos una imagen antes de compartir la galería");
            assertThat(Hub.string("SELECT visibility FROM material WHERE id = ?", galleryId)).isEqualTo("PRIVATE");
            member.find(By.id("image-form:image")).sendKeys(png.toString());
            member.find(By.id("image-form:alt")).sendKeys("Personas comisionadas en el presídium del foro");
            member.clickAndReload(By.id("image-form:add-image"));
            assertThat(member.text()).contains("Se agregó la imagen.");
            assertThat(member.find(By.cssSelector("#gallery img")).getAttribute("alt")).isEqualTo("Personas comisionadas en el presídium del foro");
            assertThat(Hub.count("SELECT COUNT(*) FROM material_image WHERE material_id = ?", galleryId)).isEqualTo(1);

            // Signed out: the private gallery is a sign-in, like a missing id.
            HttpResponse<String> hidden = Hub.get("/materiales/ver.xhtml?id=" + galleryId, null);
            assertThat(hidden.statusCode()).isIn(302, 303);
            assertThat(hidden.body()).doesNotContain(gallery);
        }
        try (Browser visitor = new Browser()) {
            visitor.open("/materiales/ver.xhtml?id=" + statId);  // axe runs on every page the Browser opens
            assertThat(visitor.find(By.id("material-title")).getText()).isEqualTo(title);
            WebElement chart = visitor.find(By.cssSelector("svg.stat-chart"));
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(visitor.driver.findElement(By.cssSelector("svg.stat-chart desc")).getAttribute("textContent"))
                    .contains("3 periodos").contains("Solicitudes, Recursos").contains("131");
            assertThat(visitor.find(By.id("stat-table")).getText()).contains("Trimestre").contains("T3").contains("131");
            assertThat(visitor.driver.findElements(By.id("visibility-form"))).isEmpty();
            visitor.open("/materiales/index.xhtml?ws=" + ws);
            assertThat(visitor.find(By.id("materials")).getText()).contains(title).doesNotContain("Borrador interno");
            visitor.open("/datos/index.xhtml");
            assertThat(visitor.find(By.id("data-title")).getText()).isEqualTo("Datos abiertos");
            visitor.clickAndReload(By.id("lang-en"));
            assertThat(visitor.find(By.id("data-title")).getText()).isEqualTo("Open data");
            assertThat(visitor.text()).contains("Date and time it was convened for, in UTC.");
        }
        // The public feed of the commission's materials has it; the search finds it signed out.
        assertThat(Hub.get("/feeds/cvpdcs/materiales.atom", null).body()).contains(title);
        Hub.eventually(30, () -> assertThat(Hub.get("/buscar/index.xhtml?q=" + Hub.enc(title), null).body()).contains(title));
        // The CSV of the table keeps what was typed.
        HttpResponse<String> data = Hub.get("/materiales/datos?id=" + statId, null);
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("T3,131,12");
    }

    private static Path png() throws Exception {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        img.setRGB(5, 5, 0xff0000);
        Path p = Files.createTempFile("foro", ".png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }
}
