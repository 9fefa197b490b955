package mx.snt.vinculo.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.ForbiddenException;

import java.security.Principal;
import java.util.Set;

/**
 * Resolves the current caller from the container's principal and the directory (which the
 * login keeps up to date from the token). Every service asks here, so pages and API see the
 * same person.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Callers {

    @Resource
    private SessionContext context;

    @Inject
    private CallerDirectory directory;

    public Caller current() {
        Principal p = context.getCallerPrincipal();
        if (p == null || p.getName() == null || "ANONYMOUS".equals(p.getName())) {
            return Caller.anonymous();
        }
        return forUsername(p.getName());
    }

    @Inject
    private CallerMemo memo;

    public Caller forUsername(String username) {
        Caller known = remembered(username);
        if (known != null) {
            return known;
        }
        // Signed in but not yet in the directory: a member of the network, nothing more.
        Caller c = directory.find(username).orElseGet(() -> new Caller(username, null, Set.of(), Set.of()));
        remember(c);
        return c;
    }

    // Outside a request (a managed executor's task) there is nothing to remember in: read the directory each time.
    private Caller remembered(String username) {
        try {
            return memo.get(username);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** The directory changed this person: a later question in the same request reads them again. */
    public void forget(String username) {
        try {
            memo.forget(username);
        } catch (ContextNotActiveException e) {
            // nothing was remembered outside a request
        }
    }

    private void remember(Caller c) {
        try {
            memo.put(c);
        } catch (ContextNotActiveException e) {
            // see remembered
        }
    }

    /** The current caller, who must hold the role. */
    public Caller require(Role role) {
        Caller c = current();
        if (!c.has(role)) {
            throw new ForbiddenException();
        }
        return c;
    }
}
