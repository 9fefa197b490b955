package mx.snt.vinculo.proposals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the proposals' DTOs ({@link CallDetail}, {@link ProposalDetail}) from the aggregates. */
@Stateless
public class ProposalAssembler {

    @EJB
    private ProposalRepository repository;
    @Inject
    private Clock clock;

    public CallDetail call(ProposalCall c) {
        return call(c, repository.proposalsOf(c.getId()));
    }

    /** A page of calls with their proposal counts, in two queries. */
    public Page<CallDetail> calls(Page<ProposalCall> page) {
        Map<Long, Long> counts = repository.proposalCounts(page.items().stream().map(ProposalCall::getId).toList());
        List<CallDetail> items = page.items().stream().map(c -> call(c, counts.getOrDefault(c.getId(), 0L))).toList();
        return new Page<>(items, page.total(), page.first(), page.size());
    }

    private CallDetail call(ProposalCall c, long proposals) {
        List<String> bodies = c.isOpenToAll() || c.getBodyIds().isEmpty() ? List.of() : repository.acronyms(c.getBodyIds());
        return new CallDetail(c.getId(), c.getWorkspace().getId(), c.getWorkspace().getAcronym(), c.getTitle(), c.getTopic(),
                c.getDescription(), c.isOpenToAll(), bodies, c.getOpensOn(), c.getClosesOn(),
                c.isOpenOn(MexicoCity.today(clock)), proposals);
    }

    /** The proposal's page as {@code caller} sees it, with what they may do now. */
    public ProposalDetail detail(Proposal p, Caller caller) {
        boolean secretary = ProposalRoles.secretaryOf(caller, p.getWorkspace().getId());
        List<ProposalDetail.Adhesion> adhesions = repository.adhesions(p.getId()).stream()
                .map(a -> new ProposalDetail.Adhesion(a.getBody().getId(), a.getBody().getAcronym(), a.getUsername(), a.getCreatedAt()))
                .toList();
        List<ProposalDetail.Comment> comments = comments(p, caller, secretary);
        List<ProposalDetail.FileItem> files = repository.files(p.getFileIds()).stream()
                .map(r -> new ProposalDetail.FileItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
        List<ProposalDetail.Step> history = repository.history(p.getId()).stream()
                .map(e -> new ProposalDetail.Step(e.getOccurredAt(), e.getActor(), e.getAction(), e.getFromState(),
                        e.getToState(), e.getDetail()))
                .toList();
        ProposalDetail.Permissions can = permissions(p, caller, secretary, adhesions);
        List<ProposalDetail.SessionOption> options = can.toAgenda()
                ? ProposalOutcomes.agendaChoices(repository.em(), p.getWorkspace().getId()) : List.of();
        String agendaLabel = p.getAgendaSessionId() == null ? null
                : ProposalOutcomes.sessionLabel(repository.em(), p.getAgendaSessionId());
        ProposalCall call = p.getCall();
        return new ProposalDetail(p.getId(), call == null ? null : call.getId(), call == null ? null : call.getTitle(),
                p.getWorkspace().getId(), p.getWorkspace().getAcronym(), p.getBody().getId(), p.getBody().getAcronym(),
                p.getAuthor(), p.getTitle(), p.getSummary(), p.getText(), p.getTopic(), p.getState(), p.getAnswer(),
                p.getAdhesionCount(), p.getLibraryEntryId(), p.getSubmittedAt(), p.getUpdatedAt(), p.getVersion(),
                adhesions, comments, files, history, can, p.getAgendaSessionId(), p.getAgendaItemId(), agendaLabel, options);
    }

    private ProposalDetail.Permissions permissions(Proposal p, Caller caller, boolean secretary,
                                                   List<ProposalDetail.Adhesion> adhesions) {
        Workspace home = caller.signedIn() ? repository.homeBody(caller) : null;
        boolean author = caller.signedIn() && p.isAuthor(caller.username());
        boolean ownBodyAdhered = home != null && adhesions.stream().anyMatch(a -> a.bodyId() == home.getId());
        return new ProposalDetail.Permissions(
                secretary && ProposalAction.EVALUATE.allowedFrom(p.getState()),
                secretary && ProposalAction.ACCEPT.allowedFrom(p.getState()),
                author && ProposalAction.WITHDRAW.allowedFrom(p.getState()),
                home != null && !ownBodyAdhered && p.getState().acceptsAdhesions() && !home.getId().equals(p.getBody().getId()),
                ownBodyAdhered,
                caller.signedIn(),
                secretary,
                secretary && p.awaitsLibrary(),
                secretary && p.awaitsAgenda());
    }

    /** Top-level comments with their replies; hidden ones only for the commission. */
    private List<ProposalDetail.Comment> comments(Proposal p, Caller caller, boolean secretary) {
        Instant now = clock.instant();
        List<ProposalComment> all = repository.comments(p.getId());
        Map<Long, List<ProposalDetail.Comment>> replies = new HashMap<>();
        for (ProposalComment c : all) {
            if (c.getParentId() != null && (!c.isHidden() || secretary)) {
                replies.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(comment(c, caller, now, List.of()));
            }
        }
        List<ProposalDetail.Comment> comments = new ArrayList<>();
        for (ProposalComment c : all) {
            if (c.getParentId() == null && (!c.isHidden() || secretary)) {
                comments.add(comment(c, caller, now, replies.getOrDefault(c.getId(), List.of())));
            }
        }
        return comments;
    }

    private static ProposalDetail.Comment comment(ProposalComment c, Caller caller, Instant now,
                                                  List<ProposalDetail.Comment> replies) {
        boolean editable = caller.signedIn() && c.editableBy(caller.username(), now);
        return new ProposalDetail.Comment(c.getId(), c.getParentId(), c.getAuthor(), c.getText(), c.isHidden(), c.getCreatedAt(),
                c.getEditedAt(), c.getVersion(), editable, replies);
    }
}
