package mx.snt.vinculo.directory;

import jakarta.persistence.EntityManager;
import mx.snt.vinculo.security.Caller;

import java.util.List;

/** The body a person belongs to (their Keycloak group {@code /organos/<CODE>}), as features that act for a body need it. */
public final class HomeBodies {

    private HomeBodies() {
    }

    /** The caller's home body, or null (the public, or a member without one). */
    public static Workspace of(EntityManager em, Caller caller) {
        if (caller.memberId() == null) {
            return null;
        }
        List<Workspace> w = em.createQuery("SELECT m.homeBody FROM Member m WHERE m.id = :id", Workspace.class)
                .setParameter("id", caller.memberId()).getResultList();
        return w.isEmpty() ? null : w.get(0);
    }

    /** The display name of a username, or the username when no member has it. */
    public static String displayName(EntityManager em, String username) {
        List<Member> m = em.createNamedQuery(Member.BY_USERNAME, Member.class).setParameter("username", username).getResultList();
        return m.isEmpty() ? username : m.get(0).getDisplayName();
    }
}
