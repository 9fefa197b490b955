package mx.snt.vinculo.proposals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.Html;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.library.EntryInput;
import mx.snt.vinculo.library.EntryType;
import mx.snt.vinculo.library.LibraryCatalogue;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.sessions.AgendaEditing;
import mx.snt.vinculo.sessions.ItemInput;
import mx.snt.vinculo.sessions.ItemKind;
import mx.snt.vinculo.sessions.ItemRow;
import mx.snt.vinculo.sessions.Session;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.SessionState;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * What an accepted proposal becomes: an entry of the library or an agenda item of one of the
 * commission's sessions, each once, linked both ways. The only class of this feature that
 * calls the library and sessions features (the agenda choices of the proposal page included).
 */
@Stateless
public class ProposalOutcomes {

    /** A library entry's summary holds at most this (the library's limit). */
    static final int ENTRY_SUMMARY = 5_000;
    /** An agenda item's text holds at most this (the sessions' limit). */
    static final int AGENDA_BODY = 20_000;

    @EJB
    private Callers callers;
    @EJB
    private ProposalRepository repository;
    @EJB
    private ProposalAssembler assembler;
    @EJB
    private AuditTrail audit;
    @EJB
    private LibraryCatalogue library;
    @EJB
    private AgendaEditing sessions;
    @Inject
    private Clock clock;

    /**
     * The commission turns an accepted proposal into a library entry of the proposing body
     * (a good practice, with the proposal's files).
     */
    public ProposalDetail toLibrary(long id, long expectedVersion, Visibility visibility) {
        Caller caller = callers.current();
        Proposal p = forSecretary(caller, id);
        p.checkCanBecomeEntry(expectedVersion);
        String summary = p.getSummary() + "\n\n" + Html.toText(p.getText());
        if (summary.length() > ENTRY_SUMMARY) {
            summary = summary.substring(0, ENTRY_SUMMARY - 1) + "…";
        }
        String authors = repository.displayName(p.getAuthor()) + " (" + p.getBody().getAcronym() + ")";
        EntryInput in = new EntryInput(p.getTitle(), authors, MexicoCity.today(clock).getYear(), EntryType.GOOD_PRACTICE,
                EnumSet.of(p.getTopic()), p.getWorkspace().getAcronym(), summary, "es", "CC BY 4.0", "",
                visibility == null ? Visibility.NETWORK : visibility);
        long entryId = library.createFromProposal(caller, p.getBody(), p.getId(), in, List.copyOf(p.getFileIds()));
        p.linkEntry(entryId, clock.instant());
        repository.em().flush();
        audit.record(caller, "Proposal", p.getId(), "proposal.toLibrary", p.getState().name(), p.getState().name(),
                "library entry " + entryId, AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        return assembler.detail(p, caller);
    }

    /**
     * The commission puts an accepted proposal on the agenda of one of its sessions that has not
     * started (planned or convened), as a "proposal for agreement" item.
     */
    public ProposalDetail toAgendaItem(long id, long expectedVersion, long sessionId) {
        Caller caller = callers.current();
        Proposal p = forSecretary(caller, id);
        p.checkCanBecomeAgendaItem(expectedVersion);
        Session s = repository.em().find(Session.class, sessionId);
        if (s == null || !s.getWorkspace().getId().equals(p.getWorkspace().getId())) {
            throw new ValidationException("proposal.agenda.otherCommission", p.getWorkspace().getAcronym());
        }
        if (!s.getState().agendaEditable()) {
            throw new ValidationException("proposal.agenda.sessionStarted");
        }
        String body = p.getSummary() + "\n\n" + Html.toText(p.getText());
        if (body.length() > AGENDA_BODY) {
            body = body.substring(0, AGENDA_BODY - 1) + "…";
        }
        String presenter = p.getBody() != null ? p.getBody().getAcronym() : repository.displayName(p.getAuthor());
        SessionDetail d = sessions.addProposalItem(sessionId, s.getVersion(),
                new ItemInput(ItemKind.PROPOSAL, p.getTitle(), presenter, body, null), p.getId());
        long itemId = d.items().stream().filter(i -> Long.valueOf(p.getId()).equals(i.proposalId()))
                .mapToLong(ItemRow::id).max().orElseThrow();
        Instant now = clock.instant();
        p.linkAgendaItem(sessionId, itemId, now);
        repository.em().flush();
        audit.record(caller, "Proposal", p.getId(), "proposal.toAgenda", p.getState().name(), p.getState().name(),
                "session " + sessionId + " item " + itemId, AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        return assembler.detail(p, caller);
    }

    /** Sessions of the commission whose agenda is still open: where an accepted proposal may go. */
    static List<ProposalDetail.SessionOption> agendaChoices(EntityManager em, long commissionId) {
        return em.createQuery("SELECT s FROM Session s WHERE s.workspace.id = :ws AND s.state IN :open"
                        + " ORDER BY s.startsAt, s.id", Session.class)
                .setParameter("ws", commissionId)
                .setParameter("open", List.of(SessionState.PLANNED, SessionState.CONVENED)).getResultList().stream()
                .map(s -> new ProposalDetail.SessionOption(s.getId(), label(s), s.getStartsAt())).toList();
    }

    /** The label of the session a proposal was put on (null when it no longer exists). */
    static String sessionLabel(EntityManager em, long sessionId) {
        Session m = em.find(Session.class, sessionId);
        return m == null ? null : label(m);
    }

    private static String label(Session s) {
        return s.label() + " · " + s.getTitle();
    }

    private Proposal forSecretary(Caller caller, long id) {
        Proposal p = repository.visible(caller, id);
        if (!ProposalRoles.secretaryOf(caller, p.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        return p;
    }
}
