package mx.snt.vinculo.library;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The text of a PDF (PDFBox), read once at upload so that search reaches inside files. */
public final class PdfText {

    private static final Logger LOG = Logger.getLogger(PdfText.class.getName());
    /** What is kept per file: enough for search, within a TEXT column on MySQL. */
    public static final int MAX_CHARS = 15_000;
    private static final int MAX_PAGES = 100;

    private PdfText() {
    }

    /** The text, or "" when the PDF has none or cannot be read (the file itself is still accepted). */
    public static String extract(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            String text = stripper.getText(doc).replaceAll("\\s+", " ").strip();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "PDF sin texto legible: {0}", e.getMessage());
            return "";
        }
    }
}
