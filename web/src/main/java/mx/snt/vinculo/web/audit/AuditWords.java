package mx.snt.vinculo.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import mx.snt.vinculo.audit.AuditEntry;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.integration.DigestPeriods;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The audit trail in words: actions ({@code audit.action.proposal.evaluate}), states (the
 * feature's own state labels) and items ("Propuesta n.º 87", linked to its page). A code without
 * a label reads as a plain "other change" or "other state": a page never shows a raw code.
 */
@Named
@ApplicationScoped
public class AuditWords {

    /** Where each state's label lives, by the kind of item whose state it is (first match wins). */
    private static final Map<String, List<String>> STATE_KEYS = Map.ofEntries(
            Map.entry("Agreement", List.of("agreement.state.")),
            Map.entry("Commitment", List.of("agreement.commitment.")),
            Map.entry("Session", List.of("session.state.", "session.attendance.")),
            Map.entry("AgendaItem", List.of("session.vote.state.", "session.result.", "session.vote.")),
            Map.entry("PntRecord", List.of("int.state.")),
            Map.entry("DigestSent", List.of("int.state.", "audit.state.")),
            Map.entry("PntExportFile", List.of("audit.file.")),
            Map.entry("Workspace", List.of("session.voteRule.", "audit.state.")),
            Map.entry("OutboxEvent", List.of("int.state.")),
            Map.entry("Member", List.of("int.freq.")),
            Map.entry("Proposal", List.of("state.")),
            Map.entry("Document", List.of("visibility.")),
            Map.entry("LibraryEntry", List.of("visibility.")));
    private static final List<String> ANY_STATE = List.of("audit.state.", "agreement.state.", "session.state.", "state.",
            "visibility.", "session.attendance.", "agreement.commitment.");

    /** Pages of the items people can open from the trail. */
    private static final Map<String, LongFunction<String>> PAGES = Map.of(
            "Agreement", PagePaths::agreement,
            "Session", PagePaths::session,
            "Proposal", PagePaths::proposal,
            "ProposalCall", PagePaths::call,
            "LibraryEntry", PagePaths::libraryEntry,
            "Document", PagePaths::document,
            "Workspace", id -> "/espacios/ver.xhtml?id=" + id);

    /** An item as the trail shows it: its words, and its page when it has one (null otherwise). */
    public record Item(String label, String path) {
    }

    public String action(AuditEntry e) {
        return action(locale(), e.action());
    }

    public String state(AuditEntry e, String state) {
        return state(locale(), e.entityType(), e.action(), state);
    }

    /** The detail in words: the codes and counts that services record ("records=40", "member 12") as sentences. */
    public String detail(AuditEntry e) {
        return detail(locale(), e.action(), e.detail(), e.person());
    }

    public Item item(AuditEntry e) {
        return item(locale(), e.entityType(), e.restricted() ? 0 : e.entityId());
    }

    static String action(Locale locale, String action) {
        String key = "audit.action." + action;
        return action != null && Texts.has(locale, key) ? Texts.get(locale, key) : Texts.get(locale, "audit.action.other");
    }

    /** Actions whose "state" is a body's code (the body that adhered, adopted…): the code is its name in the network. */
    private static final java.util.Set<String> BODY_STATES = java.util.Set.of("proposal.adhere", "proposal.adhesion.withdraw",
            "library.adopt");

    static String state(Locale locale, String entityType, String action, String state) {
        if (state == null || state.isBlank()) {
            return "";
        }
        if (action != null && BODY_STATES.contains(action)) {
            return state;
        }
        if (action != null && action.startsWith("integration.digest.") && state.matches("[DW]:.+")) {
            return DigestPeriods.words(locale, state);
        }
        if ("session.attendance.open".equals(action) && state.matches("true|false")) {
            return Texts.get(locale, "audit.state.remote." + state);
        }
        if ("session.votingRules".equals(action) && state.endsWith("+casting")) {
            return Texts.get(locale, "audit.state.withCastingVote",
                    state(locale, entityType, null, state.substring(0, state.length() - "+casting".length())));
        }
        return state(locale, entityType, state);
    }

    static String state(Locale locale, String entityType, String state) {
        if (state == null || state.isBlank()) {
            return "";
        }
        if (!CODE.matcher(state).matches()) {
            // A description (e.g. a directory unit's "ITEI | Instituto … | ORGANISMO_GARANTE | activo"):
            // kept as written, with the codes inside it in words.
            return CODE_INSIDE.matcher(state).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    labelOf(locale, m.group(), List.of("kind.")) == null ? m.group()
                            : labelOf(locale, m.group(), List.of("kind."))));
        }
        for (String prefix : STATE_KEYS.getOrDefault(entityType, ANY_STATE)) {
            if (Texts.has(locale, prefix + state)) {
                return Texts.get(locale, prefix + state);
            }
        }
        for (String prefix : ANY_STATE) {
            if (Texts.has(locale, prefix + state)) {
                return Texts.get(locale, prefix + state);
            }
        }
        return Texts.get(locale, "audit.state.other");
    }

    /**
     * How each action's detail is recorded, and its words: a detail that matches is read as the message with the
     * pattern's groups as arguments; any other detail (a title, a reason, a comment) is the person's own words, kept
     * as written.
     */
    /** The sessions' events name the person they are about by member id. */
    private static final List<Detail> PERSON = List.of(new Detail("member (\\d+)", "audit.detail.person"));
    private static final List<Detail> ON_PROPOSAL = List.of(new Detail("proposal (\\d+)", "audit.detail.onProposal"));
    private static final Map<String, List<Detail>> DETAILS = Map.ofEntries(
            Map.entry("proposal.toLibrary", List.of(new Detail("library entry (\\d+)", "audit.detail.libraryEntry"))),
            Map.entry("library.fromProposal", List.of(new Detail("proposal (\\d+)", "audit.detail.fromProposal"))),
            Map.entry("proposal.toAgenda", List.of(new Detail("session (\\d+) item (\\d+)", "audit.detail.agendaItem"))),
            Map.entry("proposal.comment", ON_PROPOSAL),
            Map.entry("proposal.comment.edit", ON_PROPOSAL),
            Map.entry("proposal.comment.hide", ON_PROPOSAL),
            Map.entry("agreement.renewal", List.of(new Detail("renews (\\d+)", "audit.detail.renews"))),
            Map.entry("session.publish.acta", List.of(new Detail("file (\\d+)", "audit.detail.file"))),
            Map.entry("session.vote.close", List.of(new Detail("(.+) (\\d+)-(\\d+)-(\\d+)", "audit.detail.tally"))),
            Map.entry("session.acta.approve", List.of(new Detail("(.+)", "audit.detail.inAcuerdo"))),
            Map.entry("session.recording", List.of(new Detail("(\\d+)", "audit.detail.seconds"))),
            Map.entry("session.attendance", List.of(new Detail("member (\\d+) \\(remote check-in\\)", "audit.detail.remoteCheckIn"),
                    new Detail("member (\\d+)", "audit.detail.person"))),
            Map.entry("session.attendance.checkIn", PERSON),
            Map.entry("session.vote.cast", PERSON),
            Map.entry("session.recusal", PERSON),
            Map.entry("session.floor.ask", PERSON),
            Map.entry("session.floor.withdraw", PERSON),
            Map.entry("session.floor.give", PERSON),
            Map.entry("session.floor.end", PERSON),
            Map.entry("preferences.save", List.of(new Detail("follows=\\[\\]", "audit.detail.followsNothing"),
                    new Detail("follows=\\[(.+)\\]", "audit.detail.follows"))),
            Map.entry("workspace.profile", List.of(new Detail("(\\d+) órganos, (\\d+) cuentas", "audit.detail.profile"))),
            Map.entry("integration.pnt.export", List.of(new Detail("files=(\\d+)", "audit.detail.files"))),
            Map.entry("integration.pnt.loaded", List.of(new Detail("file=(.+) records=(\\d+)", "audit.detail.loaded"))),
            Map.entry("integration.outbox.run", List.of(new Detail("events=(\\d+)", "audit.detail.events"))),
            Map.entry("integration.pnt.deliver", List.of(new Detail("records=(\\d+)", "audit.detail.records"))),
            Map.entry("integration.retry", List.of(new Detail("count=(\\d+)", "audit.detail.retried"))),
            Map.entry("integration.pnt.atPnt", List.of(new Detail("idRegistro=(.+)", "audit.detail.pntId"))),
            Map.entry("integration.digest.run", List.of(new Detail("sent=(\\d+) already=(\\d+) failed=(\\d+)", "audit.detail.digests"))),
            Map.entry("integration.digest.markSent", List.of(new Detail("([DW]:.+)", "audit.detail.period"))),
            Map.entry("integration.descriptor.save", List.of(new Detail("desde (\\d{4}-\\d{2}-\\d{2})", "audit.detail.from"))));

    private record Detail(java.util.regex.Pattern pattern, String key) {
        Detail(String regex, String key) {
            this(java.util.regex.Pattern.compile(regex), key);
        }
    }

    static String detail(Locale locale, String action, String detail, String person) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        for (Detail d : DETAILS.getOrDefault(action == null ? "" : action, List.of())) {
            java.util.regex.Matcher m = d.pattern().matcher(detail.strip());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = argument(locale, d.key(), m.group(i + 1), person);
                }
                return Texts.get(locale, d.key(), args);
            }
        }
        return detail;
    }

    /** One group of a matched detail as the message wants it: a count as a number, a person by name, a day in dd/MM/yyyy. */
    private static Object argument(Locale locale, String key, String group, String person) {
        if (key.equals("audit.detail.person") || key.equals("audit.detail.remoteCheckIn")) {
            return person != null ? person : Texts.get(locale, "audit.detail.personNumbered", group);
        }
        if (key.equals("audit.detail.period")) {
            return DigestPeriods.words(locale, group);
        }
        if (key.equals("audit.detail.from")) {
            return mx.snt.vinculo.web.faces.Formats.DAY.format(java.time.LocalDate.parse(group));
        }
        if (key.equals("audit.detail.seconds")) {
            long seconds = Long.parseLong(group);
            return String.format(locale, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        // Digits reach the message as a number: its pattern says whether it is a count ({0,number,integer}) or an id ({0,number,#}).
        return group.matches("\\d{1,18}") ? (Object) Long.valueOf(group) : group;
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z_]+");
    private static final java.util.regex.Pattern CODE_INSIDE = java.util.regex.Pattern.compile("\\b[A-Z][A-Z]+(_[A-Z]+)+\\b");

    private static String labelOf(Locale locale, String code, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (Texts.has(locale, prefix + code)) {
                return Texts.get(locale, prefix + code);
            }
        }
        return null;
    }

    static Item item(Locale locale, String entityType, long id) {
        String key = "audit.entity." + entityType;
        String kind = Texts.has(locale, key) ? Texts.get(locale, key) : Texts.get(locale, "audit.entity.other");
        if (id <= 0) {
            return new Item(kind, null);
        }
        LongFunction<String> page = PAGES.get(entityType);
        return new Item(Texts.get(locale, "audit.entity.numbered", kind, String.valueOf(id)), page == null ? null : page.apply(id));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
