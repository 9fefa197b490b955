package mx.snt.vinculo.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The callers already resolved during this request. A page calls several services, and each
 * asks {@link Callers} who is calling: without this every one of those calls spent the same
 * three queries (member, roles, workspaces). Only people found in the directory are kept, so a
 * sign-in that adds the person later in the same request is seen.
 */
@RequestScoped
public class CallerMemo {

    private final Map<String, Caller> byUsername = new HashMap<>();

    Optional<Caller> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    void keep(Caller caller) {
        if (caller.memberId() != null) {
            byUsername.put(caller.username(), caller);
        }
    }

    /** After the directory changed someone's roles or workspaces during this request. */
    public void forget(String username) {
        byUsername.remove(username);
    }
}
