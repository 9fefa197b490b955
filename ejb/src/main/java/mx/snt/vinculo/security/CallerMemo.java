package mx.snt.vinculo.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;

/**
 * The callers already resolved in this request. A page or an API answer makes many service calls, and each asks
 * {@link Callers} who is calling; without this, every one of them read the directory again (member, roles,
 * workspaces: three queries per service call, 15 on the proposals page). The directory forgets a person here when
 * it changes them ({@link #forget}), so a sign-in that updates someone's workspaces is seen by the rest of its request.
 */
@RequestScoped
public class CallerMemo {

    private final Map<String, Caller> byUsername = new HashMap<>();

    Caller get(String username) {
        return byUsername.get(username);
    }

    void put(Caller caller) {
        byUsername.put(caller.username(), caller);
    }

    /** The person changed in the directory: the next question in this request reads it again. */
    public void forget(String username) {
        byUsername.remove(username);
    }
}
