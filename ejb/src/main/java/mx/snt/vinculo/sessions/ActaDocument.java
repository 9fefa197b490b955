package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.pdf.TaggedPdf;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The acta: a narrative the secretary edits (drafted at closing) plus the facts of the
 * session (attendance, quorum, items, votes, acuerdos, times), laid out as a PDF a person
 * would sign and a screen reader can read (tagged, PDF/UA-1, through {@link TaggedPdf}): the body's
 * header on every page, numbered pages, signature blocks. It is an
 * official document of Mexican bodies, so it is written in Spanish whatever the reader's language
 * (its words come from {@link ActaText}'s bundle).
 */
public final class ActaDocument {

    private static final Locale ES = ActaText.ES;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", ES)
            .withZone(MexicoCity.ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", ES).withZone(MexicoCity.ZONE);

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

    /**
     * Writes the acta as a tagged PDF (PDF/UA-1): the title (H1), the sections (H2), each agenda item (H3) with its vote,
     * rule, roll call (a table of each commissioner's vote, for every vote that was not secret) and recusals, the acuerdos,
     * and one signature block per person present (name, position, body), never split across pages.
     */
    static byte[] pdf(SessionDetail d) {
        String title = ActaText.text("acta.title", kindName(d).toUpperCase(ES), numberAndYear(d));
        TaggedPdf pdf = new TaggedPdf(ActaText.text("acta.documentTitle", kindName(d), numberAndYear(d), d.workspaceName()),
                ES.toLanguageTag());
        pdf.heading(1, title);
        pdf.paragraph(d.title());
        pdf.paragraph(ActaText.text("acta.when", date(d.startsAt()), time(d.startedAt()), time(d.endedAt()), d.place()));

        pdf.heading(2, ActaText.text("acta.narrativeHeading"));
        for (String para : (d.actaText() == null ? "" : d.actaText()).split("\\R\\s*\\R|\\R")) {
            if (!para.isBlank()) {
                pdf.paragraph(para.strip());
            }
        }

        pdf.heading(2, ActaText.text("acta.attendanceHeading"));
        pdf.list(d.attendees().stream()
                .map(a -> a.name() + (a.commissioner() ? ActaText.text("acta.commissioner") : "") + ": " + status(a)).toList());
        pdf.paragraph(ActaText.text("acta.present", String.valueOf(d.present()), String.valueOf(d.quorumBase()),
                String.valueOf(d.quorumNeeded()), ActaText.text(d.quorum() ? "acta.quorum" : "acta.noQuorum")));

        pdf.heading(2, ActaText.text("acta.agendaHeading"));
        for (ItemRow i : d.items()) {
            pdf.heading(3, i.position() + ". " + i.title() + (i.presenter() == null ? "" : ActaText.text("acta.presenter", i.presenter())));
            if (i.reorderReason() != null) {
                pdf.paragraph(ActaText.text("acta.reorder", i.reorderReason()));
            }
            if (i.voteState() == VoteState.CLOSED) {
                pdf.paragraph(ActaText.text("acta.vote", String.valueOf(i.votesFor()), String.valueOf(i.votesAgainst()),
                        String.valueOf(i.abstentions()), ActaText.text("APPROVED".equals(i.result()) ? "acta.approved" : "acta.rejected")));
                pdf.paragraph(ActaText.text("acta.rule." + i.voteRule().name()));
                if (i.secret()) {
                    pdf.paragraph(ActaText.text("acta.secret"));
                } else if (!i.rollCall().isEmpty()) {
                    pdf.paragraph(ActaText.text("acta.rollCall"));
                    pdf.table(List.of(ActaText.text("acta.rollCall.member"), ActaText.text("acta.rollCall.vote")),
                            i.rollCall().stream().map(r -> List.of(r.name(), ActaText.text("rollCall." + r.vote().name()))).toList(),
                            7, 3);
                }
            }
            for (RecusalRow r : i.recusals()) {
                pdf.paragraph(ActaText.text("acta.recusal", r.name(), r.reason() == null ? "" : ": " + r.reason()));
            }
        }

        pdf.heading(2, ActaText.text("acta.acuerdosHeading"));
        if (d.acuerdos().isEmpty()) {
            pdf.paragraph(ActaText.text("acta.noAcuerdos"));
        }
        pdf.list(d.acuerdos().stream().map(a -> a.number() + ": " + a.text()).toList());

        pdf.signatures(ActaText.text("acta.signaturesHeading"), signers(d));
        return pdf.toBytes(d.workspaceName(), (page, total) -> ActaText.text("acta.page", String.valueOf(page), String.valueOf(total)));
    }

    /** Who signs: everyone present, each with the position they hold and the body they belong to. */
    static List<TaggedPdf.SignatureBlock> signers(SessionDetail d) {
        List<TaggedPdf.SignatureBlock> out = new ArrayList<>();
        for (AttendeeRow a : d.attendees()) {
            if (a.present()) {
                List<String> lines = new ArrayList<>();
                lines.add(a.name());
                lines.add(ActaText.text(position(a)));
                lines.add(a.homeBody() == null ? d.workspaceName() : a.homeBody());
                out.add(new TaggedPdf.SignatureBlock(lines));
            }
        }
        return out;
    }

    private static String position(AttendeeRow a) {
        if (a.commissioner()) {
            return "signer.commissioner";
        }
        return a.secretary() ? "signer.secretary" : "signer.member";
    }
}
