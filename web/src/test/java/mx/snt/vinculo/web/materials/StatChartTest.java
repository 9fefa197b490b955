package mx.snt.vinculo.web.materials;

import mx.snt.vinculo.materials.ChartKind;
import mx.snt.vinculo.materials.StatTable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StatChartTest {

    private static final StatTable TABLE = StatTable.parse("Trimestre,Solicitudes,Recursos\nT1,120,14\nT2,98,9\nT3,130,<11\n".replace("<11", "11"));

    @Test
    void barsAreAnImageNamedAndDescribedWithOneBarPerValue() throws Exception {
        Document svg = parse(StatChart.svg(TABLE, ChartKind.BAR, "c1", "Gráfica: <Solicitudes & recursos>", "Tres trimestres"));
        var root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("c1-t c1-d");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Gráfica: <Solicitudes & recursos>");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Tres trimestres");
        // 3 rows × 2 series bars + 2 legend swatches
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(3 * 2 + 2);
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void aLineHasOnePolylinePerSeriesWithDifferentDashes() throws Exception {
        Document svg = parse(StatChart.svg(TABLE, ChartKind.LINE, "c2", "t", "d"));
        var lines = svg.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        assertThat(((org.w3c.dom.Element) lines.item(0)).getAttribute("stroke-dasharray"))
                .isNotEqualTo(((org.w3c.dom.Element) lines.item(1)).getAttribute("stroke-dasharray"));
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(6);
    }

    @Test
    void theTextAlternativeNamesRowsSeriesAndRange() {
        assertThat(StatChart.numbers(TABLE)).containsExactly("3", "Solicitudes, Recursos", "0", "130", "T1", "T3");
        assertThat(StatChart.number(98.5)).isEqualTo("98.5");
        assertThat(StatChart.number(1250.0)).isEqualTo("1250");
        assertThat(StatChart.niceStep(371.75)).isEqualTo(500);
        assertThat(StatChart.niceStep(32.5)).isEqualTo(50);
        assertThat(StatChart.niceStep(0.15)).isEqualTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(StatChart.niceStep(0)).isEqualTo(1);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
