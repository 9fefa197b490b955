package mx.snt.vinculo.files;

import mx.snt.vinculo.common.ValidationException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileKindTest {

    @Test
    void theStoredNameTakesTheExtensionOfWhatTheBytesAre() {
        assertThat(FileStore.storedName("x.html", FileKind.PDF)).isEqualTo("x.pdf");
        assertThat(FileStore.storedName("C:\\tmp\\informe.PDF", FileKind.PDF)).isEqualTo("informe.PDF");
        assertThat(FileStore.storedName("foto", FileKind.PNG)).isEqualTo("foto.png");
        assertThat(FileStore.storedName("foto.jpeg", FileKind.JPEG)).isEqualTo("foto.jpeg");
        assertThat(FileStore.storedName("plantilla.xls", FileKind.OFFICE_97)).isEqualTo("plantilla.xls");
        assertThat(FileStore.storedName("oficio.pdf", FileKind.DOCX)).isEqualTo("oficio.docx");
        assertThat(FileStore.storedName(".html", FileKind.PDF)).isEqualTo("archivo.pdf");
        assertThat(FileStore.storedName("informe.final.svg", FileKind.PNG)).isEqualTo("informe.final.png");
    }

    @Test
    void recognisesAcceptedKindsByContent() throws Exception {
        assertThat(FileKind.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "x.bin")).contains(FileKind.PDF);
        assertThat(FileKind.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, "foto")).contains(FileKind.PNG);
        assertThat(FileKind.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'}, "a.jpg")).contains(FileKind.JPEG);
        assertThat(FileKind.detect(zip("word/document.xml"), "oficio.docx")).contains(FileKind.DOCX);
        assertThat(FileKind.detect(odf("application/vnd.oasis.opendocument.text"), "acta.odt")).contains(FileKind.ODT);
        Path sipot = Path.of("../../shared/fixtures/sipot/Formato_Pruebas.xls");
        if (Files.exists(sipot)) {
            assertThat(FileKind.detect(Files.readAllBytes(sipot), "Formato_Pruebas.xls")).contains(FileKind.OFFICE_97);
        }
    }

    @Test
    void aDisguisedFileIsRefusedWhateverItsName() {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8);
        assertThat(FileKind.detect(script, "informe.pdf")).isEmpty();
        assertThat(FileKind.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "foto.png")).isEmpty();
        assertThatThrownBy(() -> FileStore.check("informe.pdf", script, 1024))
                .isInstanceOf(ValidationException.class).extracting("key").isEqualTo("file.kind");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> FileStore.check("a.pdf", new byte[0], 10)).extracting("key").isEqualTo("file.empty");
        byte[] big = new byte[2048];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1), 0, big, 0, 8);
        assertThatThrownBy(() -> FileStore.check("a.pdf", big, 1024)).extracting("key").isEqualTo("file.tooBig");
        assertThat(FileStore.check("a.pdf", big, 4096)).isEqualTo(FileKind.PDF);
    }

    @Test
    void namesLoseTheirPaths() {
        assertThat(FileStore.cleanName("C:\\Users\\ana\\Acta final.pdf")).isEqualTo("Acta final.pdf");
        assertThat(FileStore.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileStore.cleanName("  ")).isEqualTo("archivo");
    }

    private static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(entry));
            z.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] odf(String mime) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry("mimetype");
            byte[] m = mime.getBytes(StandardCharsets.US_ASCII);
            e.setMethod(ZipEntry.STORED);
            e.setSize(m.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(m);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(m);
        }
        return out.toByteArray();
    }
}
