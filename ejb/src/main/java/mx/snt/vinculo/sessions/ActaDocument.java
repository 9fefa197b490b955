package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.MexicoCity;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The acta: a narrative the secretary edits (drafted at closing) plus the facts of the
 * session (attendance, quorum, items, votes, acuerdos, times), laid out as a PDF a person
 * would sign: the body's header on every page, numbered pages, signature lines. It is an
 * official document of Mexican bodies, so it is written in Spanish whatever the reader's language
 * (its words come from {@link ActaText}'s bundle).
 */
public final class ActaDocument {

    private static final Locale ES = ActaText.ES;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES)
            .withZone(MexicoCity.ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", ES).withZone(MexicoCity.ZONE);
    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private ActaDocument() {
    }

    static String kindName(SessionDetail d) {
        return ActaText.text("kind." + d.kind().name());
    }

    /** The narrative drafted at closing, from the facts; the secretary may rewrite it. */
    static String draftNarrative(SessionDetail d) {
        long present = d.attendees().stream().filter(AttendeeRow::present).count();
        return ActaText.text("acta.narrative", d.place(), time(d.startedAt()), date(d.startedAt()), d.workspaceName(),
                kindName(d), numberAndYear(d), String.valueOf(present), String.valueOf(d.quorumBase()), time(d.endedAt()));
    }

    private static String numberAndYear(SessionDetail d) {
        return String.format("%02d", d.number()) + "/" + d.year();
    }

    private static String date(Instant i) {
        return i == null ? "" : DATE.format(i);
    }

    private static String time(Instant i) {
        return i == null ? "" : TIME.format(i);
    }

    private static String status(AttendeeRow a) {
        if (a.status() == null) {
            return ActaText.text("attendance.none");
        }
        return ActaText.text("attendance." + a.status().name());
    }

    /** The lines of the acta, before layout (also what tests read back from the PDF). */
    static List<String[]> lines(SessionDetail d) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[]{"T", ActaText.text("acta.title", kindName(d).toUpperCase(ES), numberAndYear(d))});
        out.add(new String[]{"P", d.title()});
        out.add(new String[]{"P", ActaText.text("acta.when", date(d.startsAt()), time(d.startedAt()), time(d.endedAt()), d.place())});
        out.add(new String[]{"H", ActaText.text("acta.narrativeHeading")});
        for (String para : (d.actaText() == null ? "" : d.actaText()).split("\\R\\s*\\R|\\R")) {
            if (!para.isBlank()) {
                out.add(new String[]{"P", para.strip()});
            }
        }
        out.add(new String[]{"H", ActaText.text("acta.attendanceHeading")});
        for (AttendeeRow a : d.attendees()) {
            out.add(new String[]{"L", a.name() + (a.commissioner() ? ActaText.text("acta.commissioner") : "") + ": " + status(a)});
        }
        out.add(new String[]{"P", ActaText.text("acta.present", String.valueOf(d.present()), String.valueOf(d.quorumBase()),
                String.valueOf(d.quorumNeeded()), ActaText.text(d.quorum() ? "acta.quorum" : "acta.noQuorum"))});
        out.add(new String[]{"H", ActaText.text("acta.agendaHeading")});
        for (ItemRow i : d.items()) {
            out.add(new String[]{"L", i.position() + ". " + i.title() + (i.presenter() == null ? "" : ActaText.text("acta.presenter", i.presenter()))});
            if (i.reorderReason() != null) {
                out.add(new String[]{"P", ActaText.text("acta.reorder", i.reorderReason())});
            }
            if (i.voteState() == VoteState.CLOSED) {
                out.add(new String[]{"P", ActaText.text("acta.vote", String.valueOf(i.votesFor()), String.valueOf(i.votesAgainst()),
                        String.valueOf(i.abstentions()), ActaText.text("APPROVED".equals(i.result()) ? "acta.approved" : "acta.rejected"))});
                out.add(new String[]{"P", ActaText.text("acta.rule." + i.voteRule().name())});
                if (i.secret()) {
                    out.add(new String[]{"P", ActaText.text("acta.secret")});
                } else if (!i.rollCall().isEmpty()) {
                    out.add(new String[]{"P", ActaText.text("acta.rollCall")});
                    for (RollCallRow r : i.rollCall()) {
                        out.add(new String[]{"R", r.name(), ActaText.text("rollCall." + r.vote().name())});
                    }
                }
            }
            for (RecusalRow r : i.recusals()) {
                out.add(new String[]{"P", ActaText.text("acta.recusal", r.name(), r.reason() == null ? "" : ": " + r.reason())});
            }
        }
        out.add(new String[]{"H", ActaText.text("acta.acuerdosHeading")});
        if (d.acuerdos().isEmpty()) {
            out.add(new String[]{"P", ActaText.text("acta.noAcuerdos")});
        }
        for (AcuerdoRow a : d.acuerdos()) {
            out.add(new String[]{"L", a.number() + ": " + a.text()});
        }
        out.add(new String[]{"H", ActaText.text("acta.signaturesHeading")});
        for (AttendeeRow a : d.attendees()) {
            if (a.present()) {
                out.add(new String[]{"S", a.name()});
            }
        }
        return out;
    }

    /** Lays the acta out on letter pages. */
    static byte[] pdf(SessionDetail d) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Layout layout = new Layout(doc, d.workspaceName(), regular, bold);
            for (String[] line : lines(d)) {
                switch (line[0]) {
                    case "T" -> layout.paragraph(line[1], bold, 14, 8);
                    case "H" -> layout.paragraph(line[1], bold, 12, 6);
                    case "R" -> layout.row(line[1], line[2], regular, 10);
                    case "S" -> {
                        layout.space(40);
                        layout.paragraph("______________________________", regular, 10, 0);
                        layout.paragraph(line[1], regular, 10, 4);
                    }
                    default -> layout.paragraph(line[1], regular, 10, 4);
                }
            }
            layout.finish();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps only what the standard fonts can draw (WinAnsi covers Spanish). */
    static String printable(PDType1Font font, String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            try {
                font.encode(String.valueOf(c));
                b.append(c);
            } catch (IllegalArgumentException | IOException e) {
                b.append(Character.isWhitespace(c) ? ' ' : '?');
            }
        }
        return b.toString();
    }

    /** Text flowing down letter pages, with the header and page numbers added at the end. */
    private static final class Layout {
        private final PDDocument doc;
        private final String header;
        private final PDType1Font regular;
        private final PDType1Font bold;
        private PDPageContentStream cs;
        private float y;

        Layout(PDDocument doc, String header, PDType1Font regular, PDType1Font bold) throws IOException {
            this.doc = doc;
            this.header = header;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN - 30;
        }

        void space(float h) throws IOException {
            if (y - h < MARGIN + 20) {
                newPage();
            } else {
                y -= h;
            }
        }

        void paragraph(String text, PDType1Font font, float size, float after) throws IOException {
            String clean = printable(font, text.replaceAll("\\s+", " "));
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : clean.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            for (String l : lines) {
                if (y - size * 1.4f < MARGIN + 20) {
                    newPage();
                }
                y -= size * 1.4f;
                cs.beginText();
                cs.setFont(font, size);
                cs.newLineAtOffset(MARGIN, y);
                cs.showText(l);
                cs.endText();
            }
            y -= after;
        }

        /** A row of a two-column table (the roll call): name, then vote. */
        void row(String left, String right, PDType1Font font, float size) throws IOException {
            if (y - size * 1.4f < MARGIN + 20) {
                newPage();
            }
            y -= size * 1.4f;
            String l = printable(font, left);
            while (l.length() > 1 && font.getStringWidth(l) / 1000 * size > WIDTH * 0.65f) {
                l = l.substring(0, l.length() - 1);
            }
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(MARGIN + 12, y);
            cs.showText(l);
            cs.endText();
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(MARGIN + WIDTH * 0.7f, y);
            cs.showText(printable(font, right));
            cs.endText();
        }

        /** Header of the body and "Página n de m" on every page. */
        void finish() throws IOException {
            cs.close();
            int total = doc.getNumberOfPages();
            String head = printable(bold, header);
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    s.beginText();
                    s.setFont(bold, 10);
                    s.newLineAtOffset(MARGIN, PDRectangle.LETTER.getHeight() - MARGIN);
                    s.showText(head.length() > 95 ? head.substring(0, 95) : head);
                    s.endText();
                    s.beginText();
                    s.setFont(regular, 9);
                    s.newLineAtOffset(PDRectangle.LETTER.getWidth() / 2 - 30, MARGIN / 2);
                    s.showText(ActaText.text("acta.page", String.valueOf(i + 1), String.valueOf(total)));
                    s.endText();
                }
            }
        }
    }
}
