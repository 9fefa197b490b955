package mx.snt.vinculo.directory;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryCsvTest {

    @Test
    void theShippedSeedHoldsTheNetworkAsItStoodBeforeTheReform() throws Exception {
        List<DirectoryCsv.Entry> entries;
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/directory/network-directory.csv"), StandardCharsets.UTF_8)) {
            entries = DirectoryCsv.parse(r);
        }
        Map<WorkspaceType, Long> byType = entries.stream().collect(Collectors.groupingBy(DirectoryCsv.Entry::type, Collectors.counting()));
        assertThat(byType).containsEntry(WorkspaceType.BODY, 36L).containsEntry(WorkspaceType.COMMISSION, 11L)
                .containsEntry(WorkspaceType.REGION, 4L);
        assertThat(entries.stream().filter(e -> e.bodyKind() == BodyKind.ORGANISMO_GARANTE)).hasSize(33);
        DirectoryCsv.Entry inai = entries.get(0);
        assertThat(inai.code()).isEqualTo("FED");
        assertThat(inai.acronym()).isEqualTo("INAI");
        assertThat(inai.name()).isEqualTo("Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales");
        assertThat(entries).filteredOn(e -> e.code().equals("INEGI")).singleElement()
                .extracting(DirectoryCsv.Entry::bodyKind).isEqualTo(BodyKind.OTRO_INTEGRANTE);
        assertThat(entries).filteredOn(e -> e.code().equals("CVPDCS")).singleElement()
                .extracting(DirectoryCsv.Entry::name).isEqualTo("Comisión de Vinculación, Promoción, Difusión y Comunicación Social");
    }

    @Test
    void quotedFieldsKeepTheirCommasAndQuotes() throws Exception {
        String csv = "kind,code,acronym,name,state\nAUTORIDAD_GARANTE,X,,\"Autoridad \"\"nueva\"\", de prueba\",Sonora\n";
        List<DirectoryCsv.Entry> entries = DirectoryCsv.parse(new StringReader(csv));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Autoridad \"nueva\", de prueba");
            assertThat(e.acronym()).isEqualTo("X");
            assertThat(e.bodyKind()).isEqualTo(BodyKind.AUTORIDAD_GARANTE);
            assertThat(e.state()).isEqualTo("Sonora");
        });
    }

    @Test
    void badLinesAreRefusedWithTheirLineNumber() {
        assertThatThrownBy(() -> DirectoryCsv.parse(new StringReader("kind,code,acronym,name,state\nPLANETA,X,X,Marte,\n")))
                .hasMessageContaining("Línea 2").hasMessageContaining("PLANETA");
        assertThatThrownBy(() -> DirectoryCsv.parse(new StringReader("kind,code,acronym,name,state\nCOMISION,A,A,\"sin cerrar,\n")))
                .hasMessageContaining("comillas");
        assertThatThrownBy(() -> DirectoryCsv.parse(new StringReader("kind,code,acronym,name,state\nCOMISION,A,A,Uno,\nCOMISION,A,A,Dos,\n")))
                .hasMessageContaining("repetida");
        assertThatThrownBy(() -> DirectoryCsv.parse(new StringReader("codigo,nombre\n")))
                .hasMessageContaining("Encabezado");
    }
}
