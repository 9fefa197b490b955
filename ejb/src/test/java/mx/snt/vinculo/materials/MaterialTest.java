package mx.snt.vinculo.materials;

import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.visibility.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaterialTest {

    private static final Instant NOW = Instant.parse("2026-12-01T18:00:00Z");
    private final Workspace cvpdcs = new Workspace(WorkspaceType.COMMISSION, "CVPDCS", "CVPDCS", "Comisión de Vinculación", null, null);

    private static MaterialInput input(MaterialKind kind) {
        return new MaterialInput(kind, "Informe 2026", "Lo que hizo la comisión", null, null, null, null);
    }

    @Test
    void aNewMaterialIsPrivateUntilPublished() {
        Material m = Material.create(cvpdcs, input(MaterialKind.DOCUMENTARY), 7L, "sofia", NOW);
        assertThat(m.getVisibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(m.changeVisibility(Visibility.PUBLIC, 0, NOW)).isTrue();
        assertThat(m.changeVisibility(Visibility.PUBLIC, 0, NOW)).isFalse();
    }

    @Test
    void nothingLeavesTheWorkspaceBeforeItsKindsContentIsThere() {
        for (MaterialKind kind : new MaterialKind[]{MaterialKind.DOCUMENTARY, MaterialKind.AUDIOVISUAL, MaterialKind.STENOGRAPHIC,
                MaterialKind.PHOTOGRAPHIC}) {
            Material m = Material.create(cvpdcs, input(kind), null, "sofia", NOW);
            assertThatThrownBy(() -> m.changeVisibility(Visibility.NETWORK, 0, NOW))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("material.incomplete." + kind.name());
            assertThat(m.getVisibility()).isEqualTo(Visibility.PRIVATE);
        }
        Material text = Material.create(cvpdcs, new MaterialInput(MaterialKind.STENOGRAPHIC, "Versión estenográfica", "",
                null, "LA PRESIDENTA: Buenos días.", null, null), null, "sofia", NOW);
        assertThat(text.changeVisibility(Visibility.PUBLIC, 0, NOW)).isTrue();
    }

    @Test
    void aGalleryRefusesAnImageWithoutAlternativeText() {
        Material gallery = Material.create(cvpdcs, input(MaterialKind.PHOTOGRAPHIC), null, "sofia", NOW);
        assertThatThrownBy(() -> gallery.addImage(3L, "   ", "Foto", NOW))
                .isInstanceOf(ValidationException.class).hasMessageContaining("material.image.alt.required");
        assertThat(gallery.getImages()).isEmpty();
        gallery.addImage(3L, "Comisionadas firmando el convenio en el auditorio", "Firma", NOW);
        gallery.addImage(4L, "Público en el foro", "", NOW);
        assertThat(gallery.getImages()).extracting(MaterialImage::getPosition).containsExactly(1, 2);
        assertThat(gallery.changeVisibility(Visibility.PUBLIC, 0, NOW)).isTrue();
    }

    @Test
    void onlyGalleriesTakeImages() {
        Material doc = Material.create(cvpdcs, input(MaterialKind.DOCUMENTARY), 1L, "sofia", NOW);
        assertThatThrownBy(() -> doc.addImage(3L, "Algo", "", NOW)).hasMessageContaining("material.image.notGallery");
    }

    @Test
    void mediaAddressesAreHttpsOnly() {
        for (String bad : new String[]{"http://example.org/v.mp4", "javascript:alert(1)", "ftp://x/y", "https:///nohost", "no es url"}) {
            assertThatThrownBy(() -> Material.create(cvpdcs, new MaterialInput(MaterialKind.AUDIOVISUAL, "Video", "", bad, null, null, null),
                    null, "sofia", NOW)).as(bad).isInstanceOf(ValidationException.class).hasMessageContaining("material.mediaUrl.https");
        }
        Material video = Material.create(cvpdcs, new MaterialInput(MaterialKind.AUDIOVISUAL, "Video", "",
                "https://www.youtube.com/watch?v=abc123", null, null, null), null, "sofia", NOW);
        assertThat(video.getMediaUrl()).isEqualTo("https://www.youtube.com/watch?v=abc123");
    }

    @Test
    void aStatisticalMaterialKeepsOnlyATableThatReads() {
        assertThatThrownBy(() -> Material.create(cvpdcs, new MaterialInput(MaterialKind.STATISTICAL, "Cifras", "", null, null,
                "Año,Total\n2025,x\n", null), null, "sofia", NOW)).hasMessageContaining("material.csv.notNumber");
        Material stats = Material.create(cvpdcs, new MaterialInput(MaterialKind.STATISTICAL, "Cifras", "", null, null,
                "Año,Total\n2025,10\n2026,12\n", ChartKind.LINE), null, "sofia", NOW);
        assertThat(stats.table().labels()).containsExactly("2025", "2026");
        assertThat(stats.getChart()).isEqualTo(ChartKind.LINE);
        stats.changeVisibility(Visibility.PUBLIC, 0, NOW);
        // a public material stays complete: an edit that empties its table is refused by the table itself
        assertThatThrownBy(() -> stats.edit(new MaterialInput(MaterialKind.STATISTICAL, "Cifras", "", null, null, "", null), null, 0, NOW))
                .hasMessageContaining("material.csv.required");
    }

    @Test
    void editsFromAStaleVersionConflict() {
        Material m = Material.create(cvpdcs, input(MaterialKind.DOCUMENTARY), 1L, "sofia", NOW);
        assertThatThrownBy(() -> m.edit(input(MaterialKind.DOCUMENTARY), null, 5, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> m.changeVisibility(Visibility.PUBLIC, 2, NOW)).isInstanceOf(ConflictException.class);
    }
}
