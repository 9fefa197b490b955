package mx.snt.vinculo.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import mx.snt.vinculo.audit.AuditEntry;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.web.Texts;

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
    private static final Map<String, List<String>> STATE_KEYS = Map.of(
            "Agreement", List.of("agreement.state."),
            "Commitment", List.of("agreement.commitment."),
            "Session", List.of("session.state.", "session.attendance."),
            "AgendaItem", List.of("session.vote.state."),
            "Proposal", List.of("state."),
            "Document", List.of("visibility."),
            "LibraryEntry", List.of("visibility."));
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
        return state(locale(), e.entityType(), state);
    }

    public Item item(AuditEntry e) {
        return item(locale(), e.entityType(), e.restricted() ? 0 : e.entityId());
    }

    static String action(Locale locale, String action) {
        String key = "audit.action." + action;
        return action != null && Texts.has(locale, key) ? Texts.get(locale, key) : Texts.get(locale, "audit.action.other");
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
