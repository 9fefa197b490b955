package mx.snt.vinculo.directory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.CallerDirectory;
import mx.snt.vinculo.security.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
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

    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = namesBy("username", usernames);
        usernames.stream().filter(java.util.Objects::nonNull).forEach(u -> names.putIfAbsent(u, u));
        return names;
    }

    @Override
    public Map<Long, String> displayNamesOfMembers(Collection<Long> memberIds) {
        return namesBy("id", memberIds);
    }

    /** Display names by one of the member's keys ({@code username} or {@code id}), in one query for all of them. */
    @SuppressWarnings("unchecked")
    private <K> Map<K, String> namesBy(String key, Collection<K> keys) {
        Map<K, String> names = new HashMap<>();
        List<K> wanted = keys.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return names;
        }
        for (Object[] m : em.createQuery("SELECT m." + key + ", m.username, m.firstName, m.lastName FROM Member m WHERE m." + key
                + " IN :k", Object[].class).setParameter("k", wanted).getResultList()) {
            names.put((K) m[0], Member.displayName((String) m[1], (String) m[2], (String) m[3]));
        }
        return names;
    }
}
