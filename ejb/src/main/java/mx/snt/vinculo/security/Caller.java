package mx.snt.vinculo.security;

import java.io.Serializable;
import java.util.Set;

/**
 * The person behind a service call. {@link #anonymous()} is the public: it sees only
 * PUBLIC items.
 *
 * @param username     the Keycloak username, or null for the public
 * @param memberId     the directory's id of the person, or null if not (yet) in the directory
 * @param roles        realm roles
 * @param workspaceIds the workspaces the person belongs to (home body, commissions, regions, network)
 */
public record Caller(String username, Long memberId, Set<Role> roles, Set<Long> workspaceIds) implements Serializable {

    private static final Caller ANONYMOUS = new Caller(null, null, Set.of(), Set.of());

    public Caller {
        roles = Set.copyOf(roles);
        workspaceIds = Set.copyOf(workspaceIds);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean memberOf(long workspaceId) {
        return workspaceIds.contains(workspaceId);
    }
}
