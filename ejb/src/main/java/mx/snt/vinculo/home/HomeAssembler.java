package mx.snt.vinculo.home;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.agreements.AgreementRow;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.CommitmentDue;
import mx.snt.vinculo.agreements.CommitmentStatus;
import mx.snt.vinculo.audit.RecentChange;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.proposals.CallRow;
import mx.snt.vinculo.proposals.ProposalRow;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.sessions.OpenVoteRow;
import mx.snt.vinculo.sessions.SessionRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one place that turns the features' rows into the home's {@link PendingSection}s and {@link RecentItem}s. */
@Stateless
public class HomeAssembler {

    /** The actor of the daily jobs' events. */
    static final String SYSTEM = "sistema";

    @EJB
    private HomeRepository repository;

    static <T> PendingSection section(HomeSection s, Page<T> page, Function<T, PendingItem> item) {
        return new PendingSection(s, page.total(), page.items().stream().map(item).toList());
    }

    static PendingItem session(SessionRow r) {
        return new PendingItem(r.id(), r.title(), PagePaths.session(r.id()), r.workspaceCode(), r.startsAt(), null, r.state().name());
    }

    static PendingItem vote(OpenVoteRow r) {
        return new PendingItem(r.itemId(), r.itemTitle(), PagePaths.session(r.sessionId()),
                r.workspaceCode() + " · " + r.sessionTitle(), null, null, "OPEN");
    }

    /** What the agreement waits for from this caller: the status the page words ("review", "approval", "signatures"). */
    static PendingItem awaiting(AgreementRow r, Caller caller) {
        String status = switch (r.state()) {
            case LEGAL_REVIEW -> caller.has(Role.JURIDICO) ? "LEGAL_REVIEW" : "APPROVAL";
            case SIGNING -> "SIGNATURES";
            default -> r.state().name();
        };
        return new PendingItem(r.id(), r.title(), PagePaths.agreement(r.id()), r.workspaceAcronym(), null, null, status);
    }

    static PendingItem draft(AgreementRow r) {
        return new PendingItem(r.id(), r.title(), PagePaths.agreement(r.id()), r.workspaceAcronym(), r.updatedAt(), null,
                AgreementState.DRAFT.name());
    }

    static PendingItem commitment(CommitmentDue c, LocalDate today) {
        boolean overdue = c.status() == CommitmentStatus.OVERDUE || c.dueDate().isBefore(today);
        return new PendingItem(c.id(), c.description(), PagePaths.agreement(c.agreementId()), c.agreementTitle(), null,
                c.dueDate(), overdue ? "OVERDUE" : "DUE");
    }

    static PendingItem proposal(ProposalRow p) {
        return new PendingItem(p.id(), p.title(), PagePaths.proposal(p.id()), p.bodyAcronym(), p.submittedAt(), null, p.state().name());
    }

    static PendingItem call(CallRow c) {
        return new PendingItem(c.id(), c.title(), PagePaths.call(c.id()), c.commissionAcronym(), null, c.closesOn(), "OPEN");
    }

    /** Recent changes with their items' titles (one query per kind of item) and their people's names (one query). */
    public List<RecentItem> recent(List<RecentChange> changes) {
        Map<String, Set<Long>> idsByType = new LinkedHashMap<>();
        Set<String> people = new HashSet<>();
        for (RecentChange c : changes) {
            idsByType.computeIfAbsent(c.itemType(), k -> new HashSet<>()).add(c.itemId());
            people.add(c.actor());
        }
        Map<String, Map<Long, String>> titles = new HashMap<>();
        idsByType.forEach((type, ids) -> titles.put(type, repository.titles(type, ids)));
        Map<String, String> names = repository.names(people.stream().filter(u -> !SYSTEM.equals(u)).collect(Collectors.toSet()));
        List<RecentItem> items = new ArrayList<>();
        for (RecentChange c : changes) {
            String title = titles.getOrDefault(c.itemType(), Map.of()).get(c.itemId());
            String who = SYSTEM.equals(c.actor()) ? null : names.getOrDefault(c.actor(), c.actor());
            items.add(new RecentItem(c.id(), c.occurredAt(), who, c.action(), c.toState(), c.itemType(), title,
                    title == null ? null : path(c.itemType(), c.itemId())));
        }
        return List.copyOf(items);
    }

    static String path(String itemType, long id) {
        return switch (itemType) {
            case "Agreement" -> PagePaths.agreement(id);
            case "Session" -> PagePaths.session(id);
            case "Proposal" -> PagePaths.proposal(id);
            case "ProposalCall" -> PagePaths.call(id);
            case "Document" -> PagePaths.document(id);
            case "LibraryEntry" -> PagePaths.libraryEntry(id);
            default -> null;
        };
    }
}
