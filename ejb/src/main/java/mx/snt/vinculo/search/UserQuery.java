package mx.snt.vinculo.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a person typed, read as words and quoted phrases, never as Lucene syntax: every character that is not a
 * letter or digit separates words (so {@code *}, {@code ~}, {@code :}, parentheses and the like are ignored),
 * the operators {@code AND}, {@code OR}, {@code NOT} written in capitals are dropped (every word must match
 * anyway), an unbalanced quote is ignored, and only the first {@link #MAX_CHARS} characters and
 * {@link #MAX_WORDS} words count.
 */
public record UserQuery(List<String> words, List<String> phrases) {

    public static final int MAX_CHARS = 1_000;
    public static final int MAX_WORDS = 16;

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** The words as one text, for the analyzer (adjacent words meet multi-word synonyms). */
    public String wordText() {
        return String.join(" ", words);
    }

    /** Words and phrases together, as a text to show or to search again. */
    public String display() {
        List<String> out = new ArrayList<>(words);
        phrases.forEach(p -> out.add("\"" + p + "\""));
        return String.join(" ", out);
    }

    public static UserQuery parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return new UserQuery(List.of(), List.of());
        }
        String text = typed.length() > MAX_CHARS ? typed.substring(0, MAX_CHARS) : typed;
        text = Normalizer.normalize(text, Normalizer.Form.NFC);  // decomposed accents would split words
        text = text.replace('“', '"').replace('”', '"').replace('«', '"').replace('»', '"');
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        int quotes = (int) text.chars().filter(c -> c == '"').count();
        String[] parts = text.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            // Odd parts lie between a pair of quotes; with an odd number of quotes the last opening one has no pair.
            boolean inPhrase = i % 2 == 1 && !(quotes % 2 == 1 && i == parts.length - 1);
            List<String> w = words(parts[i]);
            if (inPhrase && w.size() > 1) {
                if (phrases.size() < MAX_WORDS / 2) {
                    phrases.add(String.join(" ", w));
                }
            } else {
                for (String word : w) {
                    if (words.size() < MAX_WORDS) {
                        words.add(word);
                    }
                }
            }
        }
        return new UserQuery(List.copyOf(words), List.copyOf(phrases));
    }

    private static List<String> words(String part) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= part.length(); i++) {
            int c = i < part.length() ? part.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.appendCodePoint(c);
                if (Character.isSupplementaryCodePoint(c)) {
                    i++;
                }
            } else if (w.length() > 0) {
                String word = w.toString();
                if (!OPERATORS.contains(word) && word.length() <= 64) {
                    out.add(word);
                }
                w.setLength(0);
            }
        }
        return out;
    }
}
