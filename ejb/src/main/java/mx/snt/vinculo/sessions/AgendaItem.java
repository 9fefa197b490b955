package mx.snt.vinculo.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item of the orden del día and its vote. Its session's version guards it (see {@link Session},
 * which offers every change; the checks of the vote itself live here).
 */
@Entity
@Table(name = "meeting_item")
public class AgendaItem {
    /** Who cast a secret ballot, as its ballots record it: nobody in particular. */
    static final String SECRET = "secret";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Session session;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ItemKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 200)
    private String presenter;

    @Lob
    private String body;

    @Column(name = "ref_meeting_id")
    private Long refSessionId;

    /** The accepted proposal this item came from (proposals' toAgendaItem), if any. */
    @Column(name = "proposal_id")
    private Long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_state", nullable = false, length = 12)
    private VoteState voteState;

    @Column(length = 12)
    private String result;

    @Column(name = "reorder_reason", length = 1000)
    private String reorderReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_rule", nullable = false, length = 24)
    private VoteRule voteRule = VoteRule.SIMPLE_MAJORITY_PRESENT;

    /** A secret ballot: its ballots carry no member; {@link SecretVoter} says who has voted. */
    @Column(name = "secret_ballot", nullable = false)
    private boolean secret;

    /** Seconds from the session's start at which the item was taken up: its chapter in the recording (null: none). */
    @Column(name = "recording_offset")
    private Integer recordingOffset;

    @OneToMany(mappedBy = "item", cascade = jakarta.persistence.CascadeType.PERSIST)
    private List<Ballot> ballots = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = jakarta.persistence.CascadeType.PERSIST)
    private List<SecretVoter> secretVoters = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = jakarta.persistence.CascadeType.PERSIST)
    private List<Recusal> recusals = new ArrayList<>();

    protected AgendaItem() {
    }

    AgendaItem(Session session, int position, ItemKind kind, String title, String presenter, String body, Long refSessionId) {
        this.session = session;
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.presenter = presenter;
        this.body = body;
        this.refSessionId = refSessionId;
        this.voteState = VoteState.NONE;
    }

    public Long getId() { return id; }
    public Session getSession() { return session; }
    public int getPosition() { return position; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getPresenter() { return presenter; }
    public String getBody() { return body; }
    public Long getRefSessionId() { return refSessionId; }
    public Long getProposalId() { return proposalId; }
    public VoteState getVoteState() { return voteState; }
    public String getResult() { return result; }
    public String getReorderReason() { return reorderReason; }
    public VoteRule getVoteRule() { return voteRule; }
    public boolean isSecret() { return secret; }
    public Integer getRecordingOffset() { return recordingOffset; }

    /** The item's chapter, in seconds from the start of the recording (null clears it). */
    void chapter(Integer seconds) {
        this.recordingOffset = seconds;
    }

    /** Voted, or being voted: its place in the agenda (and its acuerdo's number) is fixed. */
    public boolean isVoted() {
        return voteState != VoteState.NONE;
    }

    void edit(ItemKind kind, String title, String presenter, String body, Long refSessionId) {
        this.kind = kind;
        this.title = title;
        this.presenter = presenter;
        this.body = body;
        this.refSessionId = refSessionId;
    }

    /** How the item is voted; fixed once its vote opens (the agenda is locked by then in any case). */
    void voting(VoteRule rule, boolean secret) {
        if (rule != null) {
            this.voteRule = rule;
        }
        this.secret = secret;
    }

    void position(int position, String reason) {
        this.position = position;
        if (reason != null) {
            this.reorderReason = reason;
        }
    }

    void fromProposal(long proposalId) {
        this.proposalId = proposalId;
    }

    void requireNew() {
        if (voteState != VoteState.NONE) {
            throw new ValidationException("session.vote.notNew");
        }
    }

    void requireOpen() {
        if (voteState == VoteState.CLOSED) {
            throw new ValidationException("session.vote.closed");
        }
        if (voteState != VoteState.OPEN) {
            throw new ValidationException("session.vote.notOpen");
        }
    }

    void openVote() {
        requireNew();
        this.voteState = VoteState.OPEN;
    }

    /**
     * A member's vote while the vote is open; they may change their mind until it closes, except
     * in a secret ballot, where the vote keeps no name and so cannot be found again: it is final.
     */
    void ballot(Member member, VoteChoice choice, String castBy, Instant now) {
        requireOpen();
        if (recused(member.getId())) {
            throw new ValidationException("session.vote.recused");
        }
        if (secret) {
            if (secretVoters.stream().anyMatch(v -> v.getMember().getId().equals(member.getId()))) {
                throw new ValidationException("session.vote.secretFinal");
            }
            secretVoters.add(new SecretVoter(this, member));
            // Neither who recorded it nor the exact time: either would tie the vote back to its voter.
            ballots.add(new Ballot(this, null, choice, SECRET, now.truncatedTo(java.time.temporal.ChronoUnit.HOURS)));
            return;
        }
        for (Ballot b : ballots) {
            if (b.getMember().getId().equals(member.getId())) {
                b.change(choice, castBy, now);
                return;
            }
        }
        ballots.add(new Ballot(this, member, choice, castBy, now));
    }

    /** The open ballots by member (empty for a secret ballot). */
    Map<Long, VoteChoice> ballotsByMember() {
        Map<Long, VoteChoice> out = new HashMap<>();
        ballots.stream().filter(b -> b.getMember() != null).forEach(b -> out.put(b.getMember().getId(), b.getChoice()));
        return out;
    }

    /** Who has voted, secret ballot or not. */
    Set<Long> voted() {
        Set<Long> out = new HashSet<>(ballotsByMember().keySet());
        secretVoters.forEach(v -> out.add(v.getMember().getId()));
        return out;
    }

    List<VoteChoice> choices() {
        return ballots.stream().map(Ballot::getChoice).toList();
    }

    Set<Long> recusedIds() {
        Set<Long> out = new HashSet<>();
        recusals.forEach(r -> out.add(r.getMember().getId()));
        return out;
    }

    boolean recused(long memberId) {
        return recusals.stream().anyMatch(r -> r.getMember().getId() == memberId);
    }

    /**
     * A member's recusal from this item, before its vote closes and before they vote on it
     * (a vote cast is not taken back; a secret one could not be found).
     */
    void recuse(Member member, String reason, String by, Instant now) {
        if (voteState == VoteState.CLOSED) {
            throw new ValidationException("session.vote.closed");
        }
        if (recused(member.getId())) {
            throw new ValidationException("session.recusal.already");
        }
        if (voted().contains(member.getId())) {
            throw new ValidationException("session.recusal.voted");
        }
        String why = SessionPlan.strip(reason);
        if (why != null && why.length() > 1000) {
            throw new ValidationException("session.recusal.tooLong", 1000);
        }
        recusals.add(new Recusal(this, member, why, by, now));
    }

    void closeVote(String result) {
        requireOpen();
        this.voteState = VoteState.CLOSED;
        this.result = result;
    }
}
