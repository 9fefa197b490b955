package mx.snt.vinculo.sessions;

import java.nio.charset.StandardCharsets;

/**
 * Line folding of iCalendar text (RFC 5545 §3.1): no content line longer than 75 octets,
 * continued on the next line after CRLF and one space. Counted in UTF-8 octets, and a
 * character is never split (ical4j's own folding counts characters, so an accented line could
 * exceed the limit).
 */
final class IcsFolding {

    static final int MAX_OCTETS = 75;

    private IcsFolding() {
    }

    /** Folds every line of an unfolded iCalendar text; lines end with CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n|\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            foldLine(line, out);
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;  // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
