package mx.snt.vinculo.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search terms, the same at indexing and at query time: lower case, accents
 * folded (Normalizer NFD minus combining marks, so "información" and "informacion" meet),
 * split on anything that is not a letter or digit, short words and common Spanish/English
 * words dropped. Pure Java, so the database does the same on H2 and MySQL.
 */
public final class SearchText {

    public static final int TITLE = 10;
    public static final int KEYWORDS = 6;
    public static final int SUMMARY = 3;
    public static final int AUTHORS = 2;
    public static final int FILE_TEXT = 1;
    public static final int MAX_TERM = 64;
    /** Terms a query may have; more add little and cost a longer IN list. */
    public static final int MAX_QUERY_TERMS = 8;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Set<String> STOP = Set.of(
            "de", "la", "el", "los", "las", "y", "en", "del", "por", "para", "con", "un", "una", "unos", "unas",
            "al", "su", "sus", "que", "se", "lo", "es", "como", "mas", "sobre", "entre", "sin", "o", "u", "e", "a",
            "the", "of", "and", "for", "to", "in", "on", "an", "with", "by");

    private SearchText() {
    }

    /** Lower case, accents folded, separators collapsed to one space. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The distinct terms of a text, in order of first appearance. */
    public static List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        String n = normalize(text);
        if (n.isEmpty()) {
            return List.of();
        }
        for (String t : n.split(" ")) {
            if (t.length() >= 2 && !STOP.contains(t)) {
                out.add(t.length() > MAX_TERM ? t.substring(0, MAX_TERM) : t);
            }
        }
        return new ArrayList<>(out);
    }

    /** The terms of a query, at most {@link #MAX_QUERY_TERMS}. */
    public static List<String> queryTerms(String query) {
        List<String> t = terms(query);
        return t.size() > MAX_QUERY_TERMS ? t.subList(0, MAX_QUERY_TERMS) : t;
    }

    /** Builds the weighted terms of one entry: a term's weight is the sum of the weights of the fields it appears in. */
    public static final class Weights {
        private final Map<String, Integer> weights = new LinkedHashMap<>();

        public Weights add(String text, int fieldWeight) {
            for (String t : terms(text)) {
                weights.merge(t, fieldWeight, Integer::sum);
            }
            return this;
        }

        public Map<String, Integer> result() {
            return weights;
        }
    }
}
