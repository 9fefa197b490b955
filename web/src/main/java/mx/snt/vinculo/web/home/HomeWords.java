package mx.snt.vinculo.web.home;

import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.home.HomeSection;
import mx.snt.vinculo.home.PendingItem;
import mx.snt.vinculo.home.PendingSection;
import mx.snt.vinculo.home.RecentItem;

import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the home page in one language: section headings with their counts (choice
 * formats), each item's line, and a recent change as a sentence with the person's name. Codes
 * (states, actions) never reach the page: a code without words falls back to a general phrase.
 */
final class HomeWords implements Serializable {

    private static final String HOME = "mx.snt.vinculo.web.i18n.home";
    private static final String SESSIONS = "mx.snt.vinculo.web.i18n.sessions";
    private static final String AGREEMENTS = "mx.snt.vinculo.web.i18n.agreements";
    private static final String PROPOSALS = "mx.snt.vinculo.web.i18n.proposals";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(MexicoCity.ZONE);

    private final Locale locale;

    HomeWords(Locale locale) {
        this.locale = locale;
    }

    String heading(PendingSection s) {
        return format(HOME, "home.section." + s.section().name() + ".heading", s.total());
    }

    String emptySentenceOf(HomeSection s) {
        return text(HOME, "home.section." + s.name() + ".empty");
    }

    String label(HomeSection s) {
        return text(HOME, "home.section." + s.name() + ".label");
    }

    /** The line under an item's link: where it belongs and what about it matters now. */
    String line(HomeSection section, PendingItem i) {
        return switch (section) {
            case SESSIONS -> i.where() + " · " + day(i.at()) + " · " + orCode(SESSIONS, "session.state." + i.status(), i.status());
            case VOTES -> i.where();
            case AGREEMENTS -> i.where() + " · " + orCode(HOME, "home.item.agreement." + i.status(), i.status());
            case COMMITMENTS -> i.where() + " · " + format(HOME, "home.item.commitment." + i.status(), day(i.date()));
            case PROPOSALS -> i.where() + " · " + format(HOME, "home.item.proposal", day(i.at() == null ? null : MexicoCity.dayOf(i.at())))
                    + " · " + orCode(PROPOSALS, "state." + i.status(), i.status());
            case CALLS -> i.where() + " · " + format(HOME, "home.item.call", day(i.date()));
            case DRAFTS -> i.where() + " · " + format(HOME, "home.item.draft", day(i.at() == null ? null : MexicoCity.dayOf(i.at())));
        };
    }

    /** "Mario Personal cambió el estado del convenio a «Vigente»": who did what (the item's title is the link after it). */
    String sentence(RecentItem r) {
        String who = r.actorName() == null ? text(HOME, "home.recent.system") : r.actorName();
        String key = "home.recent." + r.action();
        if (!has(HOME, key)) {
            key = "home.recent.other";
        }
        return format(HOME, key, who, stateWords(r));
    }

    String gone() {
        return text(HOME, "home.recent.gone");
    }

    private String stateWords(RecentItem r) {
        if (r.toState() == null || r.itemType() == null) {
            return "";
        }
        return switch (r.itemType()) {
            case "Agreement" -> orCode(AGREEMENTS, "agreement.state." + r.toState(), "");
            case "Session" -> orCode(SESSIONS, "session.state." + r.toState(), "");
            case "Proposal" -> orCode(PROPOSALS, "state." + r.toState(), "");
            default -> "";
        };
    }

    String day(Instant at) {
        return at == null ? "" : DAY_TIME.format(at);
    }

    static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    private String format(String bundle, String key, Object... args) {
        return new MessageFormat(text(bundle, key), locale).format(args);
    }

    private String orCode(String bundle, String key, String fallback) {
        return has(bundle, key) ? text(bundle, key) : fallback;
    }

    private boolean has(String bundle, String key) {
        return ResourceBundle.getBundle(bundle, locale).containsKey(key);
    }

    private String text(String bundle, String key) {
        try {
            return ResourceBundle.getBundle(bundle, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
