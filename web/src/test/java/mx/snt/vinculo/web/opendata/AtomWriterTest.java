package mx.snt.vinculo.web.opendata;

import mx.snt.vinculo.opendata.FeedEntry;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AtomWriterTest {

    private static final Instant T1 = Instant.parse("2026-11-20T18:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-25T10:30:00Z");

    @Test
    void theFeedAndEveryEntryCarryAtomsRequiredElements() throws Exception {
        String xml = AtomWriter.write(new AtomWriter.Head("cvpdcs/sesiones", "Sesiones · CVPDCS", "https://v.example/feeds/cvpdcs/sesiones.atom",
                        "https://v.example/datos/index.xhtml", "SNT", "es-MX"),
                List.of(new FeedEntry("sesiones:21", "CVPDCS · <Tercera> & última", "Resumen \"citado\"", "/sesiones/ver.xhtml?id=21",
                                T1, T1, "Comisión"),
                        new FeedEntry("sesiones:22", "Otra", "", "/sesiones/ver.xhtml?id=22", T2, null, null)),
                "https://v.example", Instant.EPOCH);
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(AtomWriter.NS);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(child(feed, "id").getTextContent()).isEqualTo("tag:v.example,2026:vinculo/feeds/cvpdcs/sesiones");
        assertThat(child(feed, "updated").getTextContent()).isEqualTo(T2.toString());  // the newest entry
        assertThat(child(feed, "author").getTextContent()).contains("SNT");
        var entries = feed.getElementsByTagNameNS(AtomWriter.NS, "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        Element first = (Element) entries.item(0);
        assertThat(child(first, "title").getTextContent()).isEqualTo("CVPDCS · <Tercera> & última");
        assertThat(child(first, "id").getTextContent()).isEqualTo("tag:v.example,2026:vinculo/sesiones/21");
        assertThat(child(first, "link").getAttribute("href")).isEqualTo("https://v.example/sesiones/ver.xhtml?id=21");
        assertThat(xml).contains("rel=\"self\"").contains("href=\"https://v.example/feeds/cvpdcs/sesiones.atom\"");
    }

    @Test
    void anEmptyFeedIsDatedWhenItHasNeverChanged() {
        assertThat(AtomWriter.updated(List.of(), Instant.EPOCH)).isEqualTo(Instant.EPOCH);
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(AtomWriter.NS, name).item(0);
    }
}
