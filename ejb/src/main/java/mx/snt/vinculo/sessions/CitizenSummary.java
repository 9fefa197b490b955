package mx.snt.vinculo.sessions;

import mx.snt.vinculo.common.ValidationException;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plain-language summary ("en lenguaje ciudadano") of a session or an acuerdo, shown beside the official
 * text, and its translations into indigenous languages (language code → text, in code order). A translation
 * translates the summary: there is none without it. {@link #of} is the only way to build one from input.
 */
public record CitizenSummary(String text, Map<String, String> translations) implements Serializable {

    public static final int MAX_LENGTH = 2000;

    public static final CitizenSummary NONE = new CitizenSummary(null, Map.of());

    public CitizenSummary {
        translations = Collections.unmodifiableMap(new TreeMap<>(translations == null ? Map.of() : translations));
    }

    /**
     * The summary as a person typed it: blanks stripped, an empty text or translation is none; an unknown
     * language, a text too long or a translation without a summary is refused naming what is wrong.
     */
    public static CitizenSummary of(String text, java.util.List<Translation> translations) {
        String t = clean(text);
        if (t != null && t.length() > MAX_LENGTH) {
            throw new ValidationException("summary.tooLong", MAX_LENGTH);
        }
        Map<String, String> out = new TreeMap<>();
        if (translations != null) {
            for (Translation tr : translations) {
                String code = tr.language();
                String v = clean(tr.text());
                if (v == null) {
                    continue;
                }
                SummaryLanguage language = SummaryLanguage.byCode(code)
                        .orElseThrow(() -> new ValidationException("summary.language.unknown", code == null ? "" : code));
                if (v.length() > MAX_LENGTH) {
                    throw new ValidationException("summary.translation.tooLong", language.code(), MAX_LENGTH);
                }
                if (out.put(language.code(), v) != null) {
                    throw new ValidationException("summary.language.twice", language.code());
                }
            }
        }
        if (t == null && !out.isEmpty()) {
            throw new ValidationException("summary.translation.noSummary");
        }
        return new CitizenSummary(t, out);
    }

    /** One translation as typed: a language code and its text. */
    public record Translation(String language, String text) implements Serializable {
    }

    /** The translations as a list, in code order (for editors and pages). */
    public java.util.List<Translation> translationList() {
        return translations.entrySet().stream().map(e -> new Translation(e.getKey(), e.getValue())).toList();
    }

    public boolean isEmpty() {
        return text == null;
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String v = s.strip();
        return v.isEmpty() ? null : v;
    }
}
