package mx.snt.vinculo.security;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.directory.Member;

import java.security.Principal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
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

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    public Caller current() {
        Principal p = context.getCallerPrincipal();
        if (p == null || p.getName() == null || "ANONYMOUS".equals(p.getName())) {
            return Caller.anonymous();
        }
        return forUsername(p.getName());
    }

    public Caller forUsername(String username) {
        List<Member> found = em.createNamedQuery(Member.BY_USERNAME, Member.class)
                .setParameter("username", username)
                .getResultList();
        if (found.isEmpty()) {
            // Signed in but not yet in the directory: a member of the network, nothing more.
            return new Caller(username, null, Set.of(), Set.of());
        }
        Member m = found.get(0);
        Set<Long> workspaces = new HashSet<>(em.createNamedQuery(Member.WORKSPACE_IDS, Long.class)
                .setParameter("member", m.getId())
                .getResultList());
        Set<Role> roles = m.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(m.getRoles());
        return new Caller(username, m.getId(), roles, workspaces);
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
