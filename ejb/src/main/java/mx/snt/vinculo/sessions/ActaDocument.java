package mx.snt.vinculo.sessions;

import mx.snt.vinculo.sessions.Views.AcuerdoView;
import mx.snt.vinculo.sessions.Views.AttendeeView;
import mx.snt.vinculo.sessions.Views.ItemView;
import mx.snt.vinculo.sessions.Views.SessionDetail;
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
 * official document of Mexican bodies, so it is written in Spanish whatever the reader's language.
 */
public final class ActaDocument {

    private static final Locale ES = Locale.forLanguageTag("es-MX");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES)
            .withZone(SessionService.MEXICO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", ES).withZone(SessionService.MEXICO);
    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

    private ActaDocument() {
    }

    static String kindName(SessionDetail d) {
        return d.kind() == SessionKind.ORDINARY ? "Ordinaria" : "Extraordinaria";
    }

    /** The narrative drafted at closing, from the facts; the secretary may rewrite it. */
    static String draftNarrative(SessionDetail d) {
        long present = d.attendees().stream().filter(AttendeeView::present).count();
        return "En " + d.place() + ", siendo las " + time(d.startedAt()) + " horas del " + date(d.startedAt())
                + ", se reunieron los integrantes de la " + d.workspaceName() + " para celebrar la Sesión "
                + kindName(d) + " " + String.format("%02d", d.number()) + "/" + d.year() + ", con la asistencia de "
                + present + " de " + d.quorumBase() + " integrantes, por lo que se declaró la existencia de quórum legal. "
                + "Desahogados los asuntos del orden del día, se dio por concluida la sesión a las " + time(d.endedAt())
                + " horas del mismo día.";
    }

    private static String date(Instant i) {
        return i == null ? "" : DATE.format(i);
    }

    private static String time(Instant i) {
        return i == null ? "" : TIME.format(i);
    }

    private static String status(AttendeeView a) {
        if (a.status() == null) {
            return "sin registro";
        }
        return switch (a.status()) {
            case PRESENT -> "presente";
            case REMOTE -> "presente a distancia";
            case ABSENT -> "ausente";
            case EXCUSED -> "justificó su inasistencia";
        };
    }

    /** The lines of the acta, before layout (also what tests read back from the PDF). */
    static List<String[]> lines(SessionDetail d) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[]{"T", "ACTA DE LA SESIÓN " + kindName(d).toUpperCase(ES) + " " + String.format("%02d", d.number())
                + "/" + d.year()});
        out.add(new String[]{"P", d.title()});
        out.add(new String[]{"P", "Fecha: " + date(d.startsAt()) + ". Inicio: " + time(d.startedAt()) + " h. Conclusión: "
                + time(d.endedAt()) + " h. Lugar: " + d.place() + "."});
        out.add(new String[]{"H", "Narrativa"});
        for (String para : (d.actaText() == null ? "" : d.actaText()).split("\\R\\s*\\R|\\R")) {
            if (!para.isBlank()) {
                out.add(new String[]{"P", para.strip()});
            }
        }
        out.add(new String[]{"H", "Asistencia y quórum"});
        for (AttendeeView a : d.attendees()) {
            out.add(new String[]{"L", a.name() + (a.commissioner() ? " (comisionado/a)" : "") + ": " + status(a)});
        }
        out.add(new String[]{"P", "Presentes: " + d.present() + " de " + d.quorumBase() + "; quórum requerido: "
                + d.quorumNeeded() + ". " + (d.quorum() ? "Hubo quórum." : "No hubo quórum.")});
        out.add(new String[]{"H", "Orden del día y votaciones"});
        for (ItemView i : d.items()) {
            out.add(new String[]{"L", i.position() + ". " + i.title() + (i.presenter() == null ? "" : " (presenta: " + i.presenter() + ")")});
            if (i.reorderReason() != null) {
                out.add(new String[]{"P", "Cambio de orden: " + i.reorderReason()});
            }
            if (i.voteState() == VoteState.CLOSED) {
                out.add(new String[]{"P", "Votación: " + i.votesFor() + " a favor, " + i.votesAgainst() + " en contra, "
                        + i.abstentions() + " abstenciones. " + ("APPROVED".equals(i.result()) ? "Aprobado." : "No aprobado.")});
            }
        }
        out.add(new String[]{"H", "Acuerdos"});
        if (d.acuerdos().isEmpty()) {
            out.add(new String[]{"P", "No se adoptaron acuerdos."});
        }
        for (AcuerdoView a : d.acuerdos()) {
            out.add(new String[]{"L", a.number() + ": " + a.text()});
        }
        out.add(new String[]{"H", "Firmas"});
        for (AttendeeView a : d.attendees()) {
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
                    s.showText("Página " + (i + 1) + " de " + total);
                    s.endText();
                }
            }
        }
    }
}
