package mx.snt.vinculo.directory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.CallerDirectory;
import mx.snt.vinculo.security.Role;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The directory's answer to "who is this username": member id, roles and workspaces. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DirectoryCallers implements CallerDirectory {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Override
    public Optional<Caller> find(String username) {
        List<Member> found = em.createNamedQuery(Member.BY_USERNAME, Member.class)
                .setParameter("username", username)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Member m = found.get(0);
        Set<Long> workspaces = new HashSet<>(em.createNamedQuery(Member.WORKSPACE_IDS, Long.class)
                .setParameter("member", m.getId())
                .getResultList());
        Set<Role> roles = m.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(m.getRoles());
        return Optional.of(new Caller(username, m.getId(), roles, workspaces));
    }
}
