package mx.snt.vinculo.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A tagged PDF (PDF/UA-1) written top to bottom on letter pages. Every piece of text is drawn inside marked content whose
 * MCID is referenced from its structure element, in the order it is read, so the structure tree and the reading order are
 * the same thing; the running header and the page numbers are artifacts. Fonts are DejaVu Sans, embedded as subsets
 * (the standard 14 fonts are not embedded and PDF/UA refuses them). Blocks that must not be split (signature blocks) are
 * moved whole to the next page.
 *
 * <p>Not thread-safe: one instance writes one document, then {@link #toBytes()} closes it.
 */
public final class TaggedPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final PDRectangle SIZE = PDRectangle.LETTER;
    private static final float MARGIN = 60;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float TOP = SIZE.getHeight() - MARGIN - 30;
    private static final float BOTTOM = MARGIN + 20;
    private static final float BODY = 10;
    private static final float LEADING = 1.4f;

    /** One signer's block: a line to sign on, then the lines under it (name, position, body). */
    public record SignatureBlock(List<String> lines) {
        public SignatureBlock {
            lines = List.copyOf(lines);
        }
    }

    private final PDDocument doc = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final String title;
    private final String language;
    private final PDStructureElement document;
    private final List<COSArray> parentTree = new ArrayList<>();
    private final Map<PDFont, Map<Integer, Boolean>> drawable = new HashMap<>();
    private PDPage page;
    private PDPageContentStream cs;
    private float y;

    public TaggedPdf(String title, String language) {
        this.title = title;
        this.language = language;
        try {
            regular = font("DejaVuSans.ttf");
            bold = font("DejaVuSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setTitle(title);
        root.appendKid(document);
        newPage();
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = TaggedPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " is not on the class path (jasperreports-fonts)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    // ---- blocks ---------------------------------------------------------------------------------------------------

    /** A heading: level 1 is the document's title, 2 a section, 3 a part of one. Kept with the two lines after it. */
    public void heading(int level, String text) {
        float size = switch (level) {
            case 1 -> 14;
            case 2 -> 12;
            default -> 11;
        };
        List<String> lines = wrap(text, bold, size, WIDTH);
        need(lines.size() * size * LEADING + 2 * BODY * LEADING + 6);
        y -= level == 1 ? 0 : 4;
        PDStructureElement h = element(document, "H" + Math.min(Math.max(level, 1), 6));
        drawLines(h, lines, bold, size, MARGIN);
        y -= level == 1 ? 8 : 4;
    }

    public void paragraph(String text) {
        PDStructureElement p = element(document, StandardStructureTypes.P);
        drawLines(p, wrap(text, regular, BODY, WIDTH), regular, BODY, MARGIN);
        y -= 4;
    }

    /** A list (L, LI, LBody) of items, each possibly several lines. */
    public void list(List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        PDStructureElement l = element(document, StandardStructureTypes.L);
        for (String item : items) {
            PDStructureElement li = element(l, StandardStructureTypes.LI);
            PDStructureElement body = element(li, StandardStructureTypes.L_BODY);
            drawLines(body, wrap(item, regular, BODY, WIDTH - 12), regular, BODY, MARGIN + 12);
        }
        y -= 4;
    }

    /**
     * A table with one header row (TH with column scope) and body rows (TD); columns share the width in the given
     * proportions. The header row stays with the first body row.
     */
    public void table(List<String> headers, List<List<String>> rows, float... widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        float[] cols = new float[headers.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = (WIDTH - 12) * (i < widths.length ? widths[i] : 1) / (total == 0 ? cols.length : total);
        }
        need(2 * BODY * LEADING + 4);
        PDStructureElement table = element(document, StandardStructureTypes.TABLE);
        row(table, headers, cols, true);
        for (List<String> r : rows) {
            row(table, r, cols, false);
        }
        y -= 6;
    }

    private void row(PDStructureElement table, List<String> cells, float[] cols, boolean header) {
        PDFont font = header ? bold : regular;
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cols.length; i++) {
            List<String> lines = wrap(i < cells.size() ? cells.get(i) : "", font, BODY, cols[i] - 6);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        need(height * BODY * LEADING + 2);
        PDStructureElement tr = element(table, StandardStructureTypes.TR);
        float top = y;
        float x = MARGIN + 12;
        for (int i = 0; i < cols.length; i++) {
            PDStructureElement cell = element(tr, header ? StandardStructureTypes.TH : StandardStructureTypes.TD);
            if (header) {
                PDTableAttributeObject scope = new PDTableAttributeObject();
                scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                cell.addAttribute(scope);
            }
            y = top;
            drawLines(cell, wrapped.get(i), font, BODY, x);
            x += cols[i];
        }
        y = top - height * BODY * LEADING - 2;
        if (header) {
            artifactLine(MARGIN + 12, y + 1, MARGIN + WIDTH, y + 1);
        }
    }

    /**
     * Signature blocks under their heading, two to a row. A row is never split across pages; the heading travels with the
     * first row; and when the rows do not all fit on this page, at least two rows go to the next one, so no page is left
     * with a lonely signature line or two.
     */
    public void signatures(String heading, List<SignatureBlock> blocks) {
        float rowHeight = 0;
        for (SignatureBlock b : blocks) {
            rowHeight = Math.max(rowHeight, blockHeight(b));
        }
        int rows = (blocks.size() + 1) / 2;
        float headingHeight = 12 * LEADING + 8;
        int fitHere = (int) Math.floor((y - BOTTOM - headingHeight) / rowHeight);
        int breakAfter = rows;
        if (fitHere < rows) {
            breakAfter = Math.min(fitHere, rows - 2);
            if (breakAfter < 1) {
                newPage();
                breakAfter = rows;
            }
        }
        heading(2, heading);
        PDStructureElement sect = element(document, StandardStructureTypes.SECT);
        float col = (WIDTH - 20) / 2;
        for (int r = 0; r < rows; r++) {
            if (r == breakAfter) {
                newPage();
            } else {
                need(rowHeight);
            }
            float top = y;
            for (int j = 2 * r; j < Math.min(2 * r + 2, blocks.size()); j++) {
                y = top - 40;
                float x = MARGIN + (j % 2) * (col + 20);
                artifactLine(x, y, x + col - 10, y);
                y -= 2;
                PDStructureElement div = element(sect, StandardStructureTypes.DIV);
                List<String> lines = blocks.get(j).lines();
                for (int k = 0; k < lines.size(); k++) {
                    PDFont font = k == 0 ? bold : regular;
                    PDStructureElement p = element(div, StandardStructureTypes.P);
                    drawLines(p, wrap(lines.get(k), font, BODY, col - 10), font, BODY, x);
                }
            }
            y = top - rowHeight;
        }
    }

    private float blockHeight(SignatureBlock b) {
        float col = (WIDTH - 20) / 2 - 10;
        int lines = 0;
        for (int k = 0; k < b.lines().size(); k++) {
            lines += wrap(b.lines().get(k), k == 0 ? bold : regular, BODY, col).size();
        }
        return 42 + lines * BODY * LEADING + 12;
    }

    // ---- drawing ----------------------------------------------------------------------------------------------------

    private PDStructureElement element(PDStructureNode parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** Draws lines of one element, each in its own marked content referenced by the element, breaking pages as needed. */
    private void drawLines(PDStructureElement e, List<String> lines, PDFont font, float size, float x) {
        try {
            for (String line : lines) {
                if (y - size * LEADING < BOTTOM) {
                    newPage();
                }
                y -= size * LEADING;
                if (e.getPage() == null) {
                    e.setPage(page);
                }
                COSArray parents = parentTree.get(parentTree.size() - 1);
                int mcid = parents.size();
                cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()), mcid);
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(x, y);
                cs.showText(line);
                cs.endText();
                cs.endMarkedContent();
                PDMarkedContentReference ref = new PDMarkedContentReference();
                ref.setMCID(mcid);
                ref.setPage(page);
                e.appendKid(ref);
                parents.add(e);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void artifactLine(float x1, float y1, float x2, float y2) {
        try {
            cs.beginMarkedContent(COSName.ARTIFACT);
            cs.setLineWidth(0.6f);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
            cs.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page when less than {@code height} is left on this one (and this one holds something). */
    private void need(float height) {
        if (y - height < BOTTOM && y < TOP) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            page = new PDPage(SIZE);
            page.setStructParents(parentTree.size());
            // Tab order follows the structure (PDF/UA 7.18.3), should a page ever carry annotations.
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
            doc.addPage(page);
            parentTree.add(new COSArray());
            cs = new PDPageContentStream(doc, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of at most {@code width}, broken between words (a word longer than the width is cut). */
    private List<String> wrap(String text, PDFont font, float size, float width) {
        String clean = printable(font, text == null ? "" : text.replaceAll("\\s+", " ").strip());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate, size) <= width || line.isEmpty() && width(font, word, size) <= width) {
                line = new StringBuilder(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            String rest = word;
            while (width(font, rest, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, rest.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line = new StringBuilder(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(PDFont font, String s, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps what the font can draw; anything else (an emoji DejaVu lacks, a control character) becomes a space or "?". */
    String printable(PDFont font, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                b.append(' ');
            } else if (drawable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(c, k -> drawable(font, k))) {
                b.appendCodePoint(c);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static boolean drawable(PDFont font, int codePoint) {
        try {
            return font.encode(new String(Character.toChars(codePoint))).length > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false; // PDFBox says "No glyph for U+…" this way
        }
    }

    // ---- finishing --------------------------------------------------------------------------------------------------

    /**
     * Adds the running header and "page n of m" (artifacts, not content), the parent tree, language, title and XMP
     * metadata with the PDF/UA identification, and returns the file.
     *
     * @param header   the text at the top of every page
     * @param pageText the footer of page n (1-based) of m
     */
    public byte[] toBytes(String header, BiFunction<Integer, Integer, String> pageText) {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            cs.close();
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    s.beginMarkedContent(COSName.ARTIFACT);
                    List<String> head = wrap(header, bold, BODY, WIDTH);
                    s.beginText();
                    s.setFont(bold, BODY);
                    s.newLineAtOffset(MARGIN, SIZE.getHeight() - MARGIN);
                    s.showText(head.get(0));
                    s.endText();
                    String foot = printable(regular, pageText.apply(i + 1, total));
                    s.beginText();
                    s.setFont(regular, 9);
                    s.newLineAtOffset((SIZE.getWidth() - width(regular, foot, 9)) / 2, MARGIN / 2);
                    s.showText(foot);
                    s.endText();
                    s.endMarkedContent();
                }
            }
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
            Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
            for (int i = 0; i < parentTree.size(); i++) {
                numbers.put(i, new PDParentTreeValue(parentTree.get(i)));
            }
            tree.setNumbers(numbers);
            root.setParentTree(tree);
            root.setParentTreeNextKey(parentTree.size());

            var catalog = doc.getDocumentCatalog();
            catalog.setLanguage(language);
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            catalog.setMarkInfo(mark);
            PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp(title, language).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String PRODUCER = "Vínculo (Apache PDFBox)";

    /** The XMP packet: title, language, producer and the PDF/UA-1 identification (pdfuaid:part). */
    static String xmp(String title, String language) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <pdf:Producer>" + xml(PRODUCER) + "</pdf:Producer>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
