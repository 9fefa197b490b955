package mx.snt.vinculo.workspaces;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.SocialNetwork;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceBody;
import mx.snt.vinculo.directory.WorkspaceSocial;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.publicsite.PublicAddress;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public profile of a commission or a region (what its public page says about it: description,
 * coordinator, technical secretary, member bodies, institutional social accounts). An admin edits any; a
 * technical secretary edits the profile of a commission or region they belong to. Every change is audited.
 */
@Stateless
public class WorkspaceProfiles {

    /** More accounts than this is not an institution's list but a mistake. */
    static final int MAX_ACCOUNTS = 12;

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private Callers callers;

    @EJB
    private AuditTrail audit;

    /** Whether the caller may edit this workspace's public profile (it must have one: a commission or a region). */
    public static boolean canEdit(Caller caller, long workspaceId, WorkspaceType type) {
        return (type == WorkspaceType.COMMISSION || type == WorkspaceType.REGION)
                && (caller.has(Role.ADMIN) || (caller.has(Role.SECRETARIO_TECNICO) && caller.memberOf(workspaceId)));
    }

    /** The commissions and regions whose profile the caller may edit (the admin area's list). */
    public List<mx.snt.vinculo.directory.WorkspaceSummary> editable() {
        Caller caller = callers.current();
        return em.createQuery("SELECT w FROM Workspace w WHERE w.type IN :types AND w.active = TRUE ORDER BY w.type, LOWER(w.name)",
                        Workspace.class).setParameter("types", List.of(WorkspaceType.COMMISSION, WorkspaceType.REGION))
                .getResultList().stream().filter(w -> canEdit(caller, w.getId(), w.getType()))
                .map(mx.snt.vinculo.directory.WorkspaceSummary::of).toList();
    }

    public WorkspaceProfile profile(long workspaceId) {
        return view(editable(callers.current(), workspaceId));
    }

    /** Replaces the profile with what the editor sent, against the version it read; bad input changes nothing. */
    public WorkspaceProfile save(long workspaceId, long version, ProfileInput in) {
        Caller caller = callers.current();
        Workspace w = editable(caller, workspaceId);
        if (w.getVersion() != version) {
            throw new mx.snt.vinculo.common.ConflictException();
        }
        // Everything is checked before anything is written.
        Set<Long> bodyIds = new LinkedHashSet<>(in.bodyIds() == null ? List.of() : in.bodyIds());
        List<Workspace> bodies = new ArrayList<>();
        for (Long id : bodyIds) {
            Workspace b = id == null ? null : em.find(Workspace.class, id);
            if (b == null || b.getType() != WorkspaceType.BODY) {
                throw new ValidationException("workspace.body.kind");
            }
            bodies.add(b);
        }
        List<SocialNetwork> networks = new ArrayList<>();
        List<SocialNetwork.Account> accounts = new ArrayList<>();
        for (ProfileInput.Account a : in.social() == null ? List.<ProfileInput.Account>of() : in.social()) {
            boolean noNetwork = a.network() == null || a.network().isBlank();
            boolean noAccount = a.account() == null || a.account().isBlank();
            if (noNetwork && noAccount) {
                continue;
            }
            if (noNetwork) {
                throw new ValidationException("workspace.social.network", a.account().strip());
            }
            SocialNetwork n;
            try {
                n = SocialNetwork.valueOf(a.network().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("workspace.social.network", a.network());
            }
            networks.add(n);
            accounts.add(n.account(a.account()));
        }
        if (accounts.size() > MAX_ACCOUNTS) {
            throw new ValidationException("workspace.social.tooMany", MAX_ACCOUNTS);
        }
        w.describe(in.description(), in.coordinator(), in.technicalSecretary());
        // A change of bodies or accounts alone must still raise the version (the editor's conflict check).
        em.lock(w, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.createQuery("DELETE FROM WorkspaceBody b WHERE b.workspace.id = :w").setParameter("w", workspaceId).executeUpdate();
        em.createQuery("DELETE FROM WorkspaceSocial s WHERE s.workspace.id = :w").setParameter("w", workspaceId).executeUpdate();
        bodies.forEach(b -> em.persist(new WorkspaceBody(w, b)));
        for (int i = 0; i < accounts.size(); i++) {
            em.persist(new WorkspaceSocial(w, networks.get(i), accounts.get(i), i + 1));
        }
        em.flush();
        audit.record(caller, "Workspace", workspaceId, "workspace.profile", null, null,
                bodies.size() + " órganos, " + accounts.size() + " cuentas");
        return view(w);
    }

    private Workspace editable(Caller caller, long workspaceId) {
        Workspace w = em.find(Workspace.class, workspaceId);
        if (w == null) {
            throw new NotFoundException();
        }
        if (!canEdit(caller, workspaceId, w.getType())) {
            throw new ForbiddenException();
        }
        return w;
    }

    private WorkspaceProfile view(Workspace w) {
        List<Long> bodyIds = em.createQuery("SELECT b.body.id FROM WorkspaceBody b WHERE b.workspace.id = :w ORDER BY b.id", Long.class)
                .setParameter("w", w.getId()).getResultList();
        List<WorkspaceProfile.Social> social = em.createQuery("SELECT s FROM WorkspaceSocial s WHERE s.workspace.id = :w"
                        + " ORDER BY s.position", WorkspaceSocial.class).setParameter("w", w.getId()).getResultList().stream()
                .map(s -> new WorkspaceProfile.Social(s.getNetwork().name(), s.getHandle(), s.getUrl())).toList();
        List<WorkspaceProfile.BodyOption> options = em.createQuery("SELECT b FROM Workspace b WHERE b.type = :t AND b.active = TRUE"
                        + " ORDER BY b.stateName, b.name", Workspace.class).setParameter("t", WorkspaceType.BODY).getResultList()
                .stream().map(b -> new WorkspaceProfile.BodyOption(b.getId(), b.getAcronym(), b.getName(), b.getStateName())).toList();
        return new WorkspaceProfile(w.getId(), w.getType().name(), w.getCode(), w.getAcronym(), w.getName(), w.getVersion(),
                w.getDescription(), w.getCoordinator(), w.getTechnicalSecretary(), bodyIds, social, options,
                PublicAddress.unit(w.getType(), w.getCode()));
    }
}
