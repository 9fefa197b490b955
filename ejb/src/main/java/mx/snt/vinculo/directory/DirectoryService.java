package mx.snt.vinculo.directory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The directory: searching bodies, commissions, regions and people; the admin's edits; and
 * keeping each person's memberships as their last login said.
 */
@Stateless
public class DirectoryService {

    private static final Logger LOG = Logger.getLogger(DirectoryService.class.getName());
    static final int MAX_NAME = 400;
    static final int MAX_ACRONYM = 64;
    private static final java.time.Duration LAST_LOGIN_GRANULARITY = java.time.Duration.ofMinutes(10);

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The network's own workspace (its name is data: the reform renamed it). */
    public WorkspaceSummary network() {
        return WorkspaceSummary.of(byCode(WorkspaceType.NETWORK, DirectorySeed.NETWORK_CODE));
    }

    public WorkspaceSummary workspace(long id) {
        Workspace w = em.find(Workspace.class, id);
        if (w == null) {
            throw new NotFoundException();
        }
        return WorkspaceSummary.of(w);
    }

    /** Bodies, commissions and regions whose name, acronym or code contains the text. */
    public Page<WorkspaceSummary> searchWorkspaces(String text, WorkspaceType type, int first, int size) {
        return ListQuery.from("FROM Workspace w")
                .where("w.type <> :network", "network", WorkspaceType.NETWORK)
                .whereIf(type != null, "w.type = :type", "type", type)
                .whereIf(hasText(text), "(LOWER(w.name) LIKE :q OR LOWER(w.acronym) LIKE :q OR LOWER(w.code) LIKE :q)", "q", like(text))
                .page(em, "SELECT w", "w.type, w.name", Workspace.class, "w", first, size)
                .map(WorkspaceSummary::of);
    }

    /** People of the network (signed-in callers only), optionally of one workspace. */
    public Page<MemberSummary> searchMembers(String text, Long workspaceId, int first, int size) {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new NotFoundException();
        }
        return ListQuery.from("FROM Member m LEFT JOIN m.homeBody h")
                .whereIf(workspaceId != null, "EXISTS (SELECT ms FROM Membership ms WHERE ms.member = m AND ms.workspace.id = :ws)",
                        "ws", workspaceId)
                .whereIf(hasText(text), "(LOWER(m.firstName) LIKE :q OR LOWER(m.lastName) LIKE :q OR LOWER(m.email) LIKE :q"
                        + " OR LOWER(m.username) LIKE :q)", "q", like(text))
                .page(em, "SELECT NEW mx.snt.vinculo.directory.MemberSummary(m.id, m.username,"
                                + " CONCAT(COALESCE(m.firstName, ''), ' ', COALESCE(m.lastName, '')), m.email, h.acronym)",
                        "m.lastName, m.firstName", MemberSummary.class, "m", first, size);
    }

    /**
     * The body a person belongs to (their home body), or null for a caller without a member
     * record or without a body (the one query for it is {@link HomeBodies}).
     */
    public Workspace homeBody(Caller caller) {
        return HomeBodies.of(em, caller);
    }

    /** An admin edits a unit of the directory (or the network's own name). */
    public WorkspaceSummary update(long id, long expectedVersion, String acronym, String name, BodyKind kind, boolean active) {
        Caller caller = callers.require(Role.ADMIN);
        Workspace w = em.find(Workspace.class, id);
        if (w == null) {
            throw new NotFoundException();
        }
        if (w.getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        String cleanName = Fields.required(name, MAX_NAME, "directory.name");
        String cleanAcronym = Fields.required(acronym, MAX_ACRONYM, "directory.acronym");
        if (w.getType() == WorkspaceType.BODY && kind == null) {
            throw new ValidationException("directory.kind.required");
        }
        if (w.getType() == WorkspaceType.NETWORK && !active) {
            throw new ValidationException("directory.network.active");
        }
        String before = describe(w);
        w.rename(cleanAcronym, cleanName);
        if (w.getType() == WorkspaceType.BODY) {
            w.setBodyKind(kind);
        }
        w.setActive(active);
        em.flush(); // bumps the version now, so the answer carries it
        audit.record(caller, "Workspace", w.getId(), "directory.update", before, describe(w), null);
        return WorkspaceSummary.of(w);
    }

    /**
     * Records what a login's token says: profile, roles, home body and memberships (always
     * the network). Groups naming units the directory does not know are ignored.
     */
    public void syncFromLogin(LoginProfile profile) {
        if (profile.username() == null || profile.username().isBlank()) {
            throw new ValidationException("error.badRequest");
        }
        Member m = em.createNamedQuery(Member.BY_USERNAME, Member.class)
                .setParameter("username", profile.username())
                .getResultStream().findFirst().orElse(null);
        if (m == null) {
            m = new Member(profile.username());
            em.persist(m);
        }
        Map<WorkspaceType, Set<String>> codes = profile.workspaceCodes();
        List<Workspace> wanted = new ArrayList<>();
        wanted.add(byCode(WorkspaceType.NETWORK, DirectorySeed.NETWORK_CODE));
        Workspace home = null;
        for (Map.Entry<WorkspaceType, Set<String>> e : codes.entrySet()) {
            for (String code : e.getValue()) {
                Workspace w = em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                        .setParameter("type", e.getKey()).setParameter("code", code)
                        .getResultStream().findFirst().orElse(null);
                if (w == null) {
                    LOG.warning(() -> "Grupo sin unidad en el directorio: " + e.getKey() + "/" + code);
                    continue;
                }
                if (e.getKey() == WorkspaceType.BODY && home == null) {
                    home = w;
                }
                wanted.add(w);
            }
        }
        // The language chosen in Vínculo wins over the one Keycloak knows.
        String locale = m.getLocale() != null || profile.locale() == null ? m.getLocale() : profile.locale().toLowerCase(Locale.ROOT);
        // API calls sync on every request: write only what changed, and the last login at most every few minutes.
        Instant now = clock.instant();
        boolean stale = m.getLastLogin() == null || m.getLastLogin().isBefore(now.minus(LAST_LOGIN_GRANULARITY));
        if (m.getId() == null || stale || m.differsFrom(profile.email(), profile.firstName(), profile.lastName(), locale, home, profile.roles())) {
            m.updateProfile(profile.email(), profile.firstName(), profile.lastName(), locale, home, profile.roles(),
                    stale ? now : m.getLastLogin());
        }

        List<Membership> current = m.getId() == null ? List.of()
                : em.createQuery("SELECT ms FROM Membership ms JOIN FETCH ms.workspace WHERE ms.member = :m", Membership.class)
                .setParameter("m", m).getResultList();
        Set<Long> wantedIds = new HashSet<>();
        wanted.forEach(w -> wantedIds.add(w.getId()));
        Set<Long> have = new HashSet<>();
        for (Membership ms : current) {
            if (wantedIds.contains(ms.getWorkspace().getId())) {
                have.add(ms.getWorkspace().getId());
            } else {
                em.remove(ms);
            }
        }
        for (Workspace w : wanted) {
            if (have.add(w.getId())) {
                em.persist(new Membership(m, w));
            }
        }
        callers.forget(profile.username());
    }

    /**
     * Knows a person by name before they sign in (nothing else: roles, home body and memberships
     * come with their first login); a person already known is left as they are.
     */
    public void knowByName(String username, String email, String firstName, String lastName) {
        boolean known = !em.createNamedQuery(Member.BY_USERNAME, Member.class).setParameter("username", username)
                .getResultList().isEmpty();
        if (!known) {
            em.persist(Member.named(username, email, firstName, lastName));
            callers.forget(username);
        }
    }

    /** The language a person chose in Vínculo, if any. */
    public String localeOf(String username) {
        return em.createNamedQuery(Member.BY_USERNAME, Member.class).setParameter("username", username)
                .getResultStream().findFirst().map(Member::getLocale).orElse(null);
    }

    /** Remembers the language a person chose. */
    public void setLocale(String username, String locale) {
        em.createNamedQuery(Member.BY_USERNAME, Member.class).setParameter("username", username)
                .getResultStream().findFirst().ifPresent(m -> m.setLocale(locale));
    }

    private Workspace byCode(WorkspaceType type, String code) {
        return em.createNamedQuery(Workspace.BY_TYPE_AND_CODE, Workspace.class)
                .setParameter("type", type).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    private static String describe(Workspace w) {
        return w.getAcronym() + " | " + w.getName() + " | " + w.getBodyKind() + " | " + (w.isActive() ? "activo" : "inactivo");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String like(String text) {
        if (!hasText(text)) {
            return null;
        }
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
