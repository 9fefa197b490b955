package mx.snt.vinculo.home;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that changed recently in the caller's workspaces: when, who (a person's name, or
 * null for the system), the action and state codes the page words, and the item (its kind,
 * title and page; title and path are null when the item no longer exists).
 */
public record RecentItem(long id, Instant at, String actorName, String action, String toState, String itemType,
                         String title, String path) implements Serializable {
}
