package mx.snt.vinculo.visibility;

import jakarta.persistence.Query;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The visibility rule, enforced here and nowhere else. Services call {@link #check} before
 * returning an item (a forbidden item is "not found": 404, never the item), and add
 * {@link #filter} to every list query so lists are filtered in the database.
 */
public final class VisibilityRule {

    /** Stands for "no workspace" so that {@code IN :ids} never receives an empty list. */
    private static final long NO_WORKSPACE = -1L;

    private VisibilityRule() {
    }

    public static boolean canSee(Caller caller, long workspaceId, Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> true;
            case NETWORK -> caller.signedIn();
            case PRIVATE -> caller.signedIn() && caller.memberOf(workspaceId);
        };
    }

    /** Throws {@link NotFoundException} unless the caller may see the item. */
    public static void check(Caller caller, long workspaceId, Visibility visibility) {
        if (!canSee(caller, workspaceId, visibility)) {
            throw new NotFoundException();
        }
    }

    /**
     * The same rule as a JPQL condition over an item alias that has {@code visibility} and
     * {@code workspace} attributes. Apply its parameters to the query with {@link Filter#bind}.
     */
    public static Filter filter(Caller caller, String alias) {
        return filter(caller, alias + ".visibility", alias + ".workspace.id");
    }

    /**
     * The same rule over explicit paths, for rows that hold the item's visibility and workspace id as plain
     * values (e.g. audit events, which copy them from their item).
     */
    public static Filter filter(Caller caller, String visibilityPath, String workspaceIdPath) {
        if (!caller.signedIn()) {
            return new Filter(visibilityPath + " = :vrPublic", Map.of("vrPublic", Visibility.PUBLIC));
        }
        List<Long> ids = caller.workspaceIds().isEmpty() ? List.of(NO_WORKSPACE) : List.copyOf(caller.workspaceIds());
        return new Filter("(" + visibilityPath + " IN :vrShared OR (" + visibilityPath + " = :vrPrivate AND "
                + workspaceIdPath + " IN :vrWorkspaces))",
                Map.of("vrShared", List.of(Visibility.PUBLIC, Visibility.NETWORK),
                        "vrPrivate", Visibility.PRIVATE,
                        "vrWorkspaces", ids));
    }

    /** The reader key of every caller (the public included). */
    public static final String PUBLIC_READER = "public";
    /** The reader key of every signed-in member. */
    public static final String NETWORK_READER = "network";

    /**
     * The same rule for the search index: the reader keys an item carries ({@code public}, {@code network}, or
     * its workspace's key). An item is found by a caller who holds one of them ({@link #readerKeys}), so the rule
     * is a filter inside the search query.
     */
    public static Set<String> readers(long workspaceId, Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> Set.of(PUBLIC_READER);
            case NETWORK -> Set.of(NETWORK_READER);
            case PRIVATE -> Set.of(workspaceReader(workspaceId));
        };
    }

    /** The reader keys of the caller: {@code public}; signed in, also {@code network}, their workspaces and roles. */
    public static Set<String> readerKeys(Caller caller) {
        if (!caller.signedIn()) {
            return Set.of(PUBLIC_READER);
        }
        Set<String> keys = new HashSet<>();
        keys.add(PUBLIC_READER);
        keys.add(NETWORK_READER);
        caller.workspaceIds().forEach(id -> keys.add(workspaceReader(id)));
        caller.roles().forEach(r -> keys.add(roleReader(r)));
        return Set.copyOf(keys);
    }

    /** The key of a workspace's members (a feature may grant it too, e.g. an agreement's party bodies). */
    public static String workspaceReader(long workspaceId) {
        return "ws:" + workspaceId;
    }

    /** The key of everyone signed in with a role (e.g. juridico for agreements in legal review). */
    public static String roleReader(Role role) {
        return "role:" + role.name();
    }

    /** A JPQL condition and the parameters it needs. */
    public record Filter(String jpql, Map<String, Object> parameters) {
        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
