package mx.snt.vinculo.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.KeptAnswers;

import java.security.Principal;
import java.util.Optional;
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

    @Inject
    private CallerMemo memo;

    public Caller current() {
        Principal p = context.getCallerPrincipal();
        if (p == null || p.getName() == null || "ANONYMOUS".equals(p.getName())) {
            return Caller.anonymous();
        }
        return forUsername(p.getName());
    }

    public Caller forUsername(String username) {
        Optional<Caller> known = remembered(username);
        if (known.isPresent()) {
            return known.get();
        }
        // Kept between requests while the data does not change (KeptAnswers: any committed write, on any instance,
        // moves the generation, so a change of roles or memberships is seen at the next request): the three queries
        // were a tenth of a list page's CPU at scale 10. Signed in but not yet in the directory: a member of the
        // network, nothing more.
        Caller found = KeptAnswers.get("caller\u0000" + username,
                () -> directory.find(username).orElseGet(() -> new Caller(username, null, Set.of(), Set.of())));
        try {
            memo.keep(found);
        } catch (ContextNotActiveException e) {
            // Outside a request (a route's thread): nothing to share the answer with.
        }
        return found;
    }

    private Optional<Caller> remembered(String username) {
        try {
            return memo.find(username);
        } catch (ContextNotActiveException e) {
            return Optional.empty();
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
