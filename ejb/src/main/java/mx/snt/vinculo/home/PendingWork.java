package mx.snt.vinculo.home;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.agreements.AgreementRepository;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.KeptAnswers;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.proposals.ProposalRepository;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.sessions.SessionRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller's pending-work home: for each section their roles have, one bounded page (the first
 * {@value HomeSections#ITEMS} items and the total) from the feature's repository, through the
 * visibility rule and the feature's rules of who acts; then the recent changes of their workspaces.
 * One transaction for all of it, so the sections are read together.
 */
@Stateless
public class PendingWork {

    @EJB
    private Callers callers;

    @EJB
    private SessionRepository sessions;

    @EJB
    private AgreementRepository agreements;

    @EJB
    private ProposalRepository proposals;

    @EJB
    private AuditTrail audit;

    @EJB
    private HomeRepository repository;

    @EJB
    private HomeAssembler assembler;

    @Inject
    private Clock clock;

    /** The home of the current caller; the public has none (no sections, nothing recent). */
    public PendingWorkHome home() {
        Caller caller = callers.current();
        LocalDate today = MexicoCity.today(clock);
        List<PendingSection> sections = new ArrayList<>();
        // Kept while nothing changes (KeptAnswers: any committed write moves the generation), per person and day: the
        // home is the page people come back to most, and its sections walk all of their bodies' open work (a person
        // of four bodies at national scale: 2,500 agreement parties for the five commitments due next).
        String whose = caller.username() + '|' + caller.memberId() + '|' + new java.util.TreeSet<>(caller.roles()) + '|'
                + new java.util.TreeSet<>(caller.workspaceIds()) + '|' + today;
        for (HomeSection s : HomeSections.of(caller)) {
            sections.add(caller.signedIn() ? KeptAnswers.get("home:" + s + '|' + whose, () -> section(s, caller, today))
                    : section(s, caller, today));
        }
        // What waits comes first; empty sections keep their order after it (a stable sort).
        sections.sort(java.util.Comparator.comparing(PendingSection::nothing));
        List<RecentItem> recent = caller.signedIn()
                ? KeptAnswers.get("home:recent|" + whose, () -> assembler.recent(audit.recentIn(caller, HomeSections.RECENT)))
                : List.of();
        return new PendingWorkHome(sections, recent);
    }

    private PendingSection section(HomeSection s, Caller caller, LocalDate today) {
        int n = HomeSections.ITEMS;
        return switch (s) {
            case SESSIONS -> {
                Instant from = today.atStartOfDay(MexicoCity.ZONE).toInstant();
                Instant to = today.plusDays(HomeSections.WEEK_DAYS).atStartOfDay(MexicoCity.ZONE).toInstant();
                yield HomeAssembler.section(s, sessions.comingUp(caller, from, to, n), HomeAssembler::session);
            }
            case VOTES -> HomeAssembler.section(s, sessions.openVotes(caller, n), HomeAssembler::vote);
            case AGREEMENTS -> HomeAssembler.section(s, agreements.awaiting(caller, today, n), r -> HomeAssembler.awaiting(r, caller));
            case COMMITMENTS -> HomeAssembler.section(s,
                    agreements.commitmentsDue(caller, today, today.plusDays(HomeSections.COMMITMENT_DAYS), n),
                    c -> HomeAssembler.commitment(c, today));
            case PROPOSALS -> HomeAssembler.section(s, proposals.awaitingEvaluation(caller, n), HomeAssembler::proposal);
            case CALLS -> HomeAssembler.section(s, proposals.closingSoon(caller, repository.homeBodyId(caller), today,
                    today.plusDays(HomeSections.CALL_DAYS), n), HomeAssembler::call);
            case DRAFTS -> HomeAssembler.section(s, agreements.draftsOf(caller, today, n), HomeAssembler::draft);
        };
    }
}
