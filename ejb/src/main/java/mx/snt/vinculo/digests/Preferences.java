package mx.snt.vinculo.digests;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A member's choices: digest frequency, followed workspaces (among their own and the whole
 * network), and which immediate notices are on.
 */
public record Preferences(Frequency frequency, Set<Long> followed, List<Choice> workspaces, Map<String, Boolean> notices) {

    /** A workspace the member may follow. */
    public record Choice(long id, String acronym, String name, String type) {
        public String label() {
            return acronym + " · " + name;
        }
    }
}
