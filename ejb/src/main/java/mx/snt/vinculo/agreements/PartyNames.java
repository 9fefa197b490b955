package mx.snt.vinculo.agreements;

/**
 * The short name of a party for lists: a body of the network by its acronym, an outside party by
 * the name it is known by. Full legal names made the agreements list several screens tall; the
 * agreement's page keeps them. Derived, not stored: no party form or API field to fill in.
 */
public final class PartyNames {

    /** Longer than this, a name is cut at a word and ends with an ellipsis. */
    static final int MAX = 40;

    private PartyNames() {
    }

    /**
     * {@code bodyAcronym} when the party is a body; else the name in a closing parenthesis
     * ("Unión Editorialista, S.A. de C.V. (El Informador)" → "El Informador"), else the name
     * before its first comma ("ANUIES, Región Sur-Sureste" → "ANUIES"), cut to {@value #MAX} characters.
     */
    public static String shortName(String name, String bodyAcronym) {
        if (bodyAcronym != null && !bodyAcronym.isBlank()) {
            return bodyAcronym.strip();
        }
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        int open = n.lastIndexOf('(');
        if (n.endsWith(")") && open > 0) {
            String inside = n.substring(open + 1, n.length() - 1).strip();
            if (!inside.isEmpty() && inside.length() <= MAX) {
                return inside;
            }
        }
        int comma = n.indexOf(',');
        if (comma >= 3) {
            n = n.substring(0, comma).strip();
        }
        return cut(n);
    }

    private static String cut(String n) {
        if (n.length() <= MAX) {
            return n;
        }
        int space = n.lastIndexOf(' ', MAX - 1);
        return (space > MAX / 2 ? n.substring(0, space) : n.substring(0, MAX - 1)).strip() + "…";
    }
}
