package mx.snt.vinculo.digests;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A member's choices: digest frequency, followed workspaces (among their own and the whole
 * network), and which immediate notices are on.
 */
public record Preferences(Frequency frequency, Set<Long> followed, List<Choice> workspaces, Map<String, Boolean> notices)
        implements Serializable {

    /** A workspace the member may follow. */
    public record Choice(long id, String acronym, String name, String type) implements Serializable {
        public String label() {
            return acronym + " · " + name;
        }
    }
}
