package mx.snt.vinculo.proposals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.CallerDirectory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.HashSet;
import java.util.Map;

/** Builds the proposals' DTOs ({@link CallDetail}, {@link ProposalDetail}) from the aggregates. */
@Stateless
public class ProposalAssembler {

    @EJB
    private ProposalRepository repository;
    @Inject
    private Clock clock;
    @Inject
    private CallerDirectory people;

    public CallDetail call(ProposalCall c) {
        return call(c, repository.proposalsOf(c.getId()), addressed(c, repository.acronymsById(Set.copyOf(c.getBodyIds()))));
    }

    /** A page of calls with their proposal counts and addressed bodies: two queries for the whole page. */
    public Page<CallDetail> calls(Page<ProposalCall> page) {
        Map<Long, Long> counts = repository.proposalCounts(page.items().stream().map(ProposalCall::getId).toList());
        Set<Long> addressed = new HashSet<>();
        page.items().stream().filter(c -> !c.isOpenToAll()).forEach(c -> addressed.addAll(c.getBodyIds()));
        Map<Long, String> acronyms = repository.acronymsById(addressed);
        List<CallDetail> items = page.items().stream()
                .map(c -> call(c, counts.getOrDefault(c.getId(), 0L), addressed(c, acronyms))).toList();
        return new Page<>(items, page.total(), page.first(), page.size());
    }

    /** The acronyms of the bodies a call is addressed to, in order (none when it is open to all). */
    private static List<String> addressed(ProposalCall c, Map<Long, String> acronyms) {
        return c.isOpenToAll() ? List.of()
                : c.getBodyIds().stream().map(acronyms::get).filter(Objects::nonNull).sorted().toList();
    }

    private CallDetail call(ProposalCall c, long proposals, List<String> bodies) {
        return new CallDetail(c.getId(), c.getWorkspace().getId(), c.getWorkspace().getAcronym(), c.getTitle(), c.getTopic(),
                c.getDescription(), c.isOpenToAll(), bodies, c.getOpensOn(), c.getClosesOn(),
                c.isOpenOn(MexicoCity.today(clock)), proposals);
    }

    /** The proposal's page as {@code caller} sees it, with what they may do now. */
    public ProposalDetail detail(Proposal p, Caller caller) {
        boolean secretary = ProposalRoles.secretaryOf(caller, p.getWorkspace().getId());
        var adhered = repository.adhesions(p.getId());
        List<ProposalComment> allComments = repository.comments(p.getId());
        var events = repository.history(p.getId());
        // People by name, not username: one lookup for the whole page.
        List<String> usernames = new ArrayList<>();
        usernames.add(p.getAuthor());
        adhered.forEach(a -> usernames.add(a.getUsername()));
        allComments.forEach(c -> usernames.add(c.getAuthor()));
        events.forEach(e -> usernames.add(e.getActor()));
        Map<String, String> names = people.displayNames(usernames);
        List<ProposalDetail.Adhesion> adhesions = adhered.stream()
                .map(a -> new ProposalDetail.Adhesion(a.getBody().getId(), a.getBody().getAcronym(), a.getUsername(), a.getCreatedAt(),
                        names.getOrDefault(a.getUsername(), a.getUsername())))
                .toList();
        List<ProposalDetail.Comment> comments = comments(allComments, caller, secretary, names);
        List<ProposalDetail.FileItem> files = repository.files(p.getFileIds()).stream()
                .map(r -> new ProposalDetail.FileItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
        List<ProposalDetail.Step> history = events.stream()
                .map(e -> new ProposalDetail.Step(e.getOccurredAt(), e.getActor(), e.getAction(), e.getFromState(),
                        e.getToState(), e.getDetail(), names.getOrDefault(e.getActor(), e.getActor())))
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
                adhesions, comments, files, history, can, p.getAgendaSessionId(), p.getAgendaItemId(), agendaLabel, options,
                names.getOrDefault(p.getAuthor(), p.getAuthor()));
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
    private List<ProposalDetail.Comment> comments(List<ProposalComment> all, Caller caller, boolean secretary,
                                                  Map<String, String> names) {
        Instant now = clock.instant();
        Map<Long, List<ProposalDetail.Comment>> replies = new HashMap<>();
        for (ProposalComment c : all) {
            if (c.getParentId() != null && (!c.isHidden() || secretary)) {
                replies.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(comment(c, caller, now, List.of(), names));
            }
        }
        List<ProposalDetail.Comment> comments = new ArrayList<>();
        for (ProposalComment c : all) {
            if (c.getParentId() == null && (!c.isHidden() || secretary)) {
                comments.add(comment(c, caller, now, replies.getOrDefault(c.getId(), List.of()), names));
            }
        }
        return comments;
    }

    private static ProposalDetail.Comment comment(ProposalComment c, Caller caller, Instant now,
                                                  List<ProposalDetail.Comment> replies, Map<String, String> names) {
        boolean editable = caller.signedIn() && c.editableBy(caller.username(), now);
        return new ProposalDetail.Comment(c.getId(), c.getParentId(), c.getAuthor(), c.getText(), c.isHidden(), c.getCreatedAt(),
                c.getEditedAt(), c.getVersion(), editable, replies, names.getOrDefault(c.getAuthor(), c.getAuthor()));
    }
}
