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
import jakarta.persistence.Table;

/** An item of the orden del día. Its session's version guards it (see {@link Meeting}). */
@Entity
@Table(name = "meeting_item")
public class AgendaItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

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
    private Long refMeetingId;

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

    protected AgendaItem() {
    }

    AgendaItem(Meeting meeting, int position, ItemKind kind, String title, String presenter, String body, Long refMeetingId) {
        this.meeting = meeting;
        this.position = position;
        this.kind = kind;
        this.title = title;
        this.presenter = presenter;
        this.body = body;
        this.refMeetingId = refMeetingId;
        this.voteState = VoteState.NONE;
    }

    public Long getId() { return id; }
    public Meeting getMeeting() { return meeting; }
    public int getPosition() { return position; }
    public ItemKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getPresenter() { return presenter; }
    public String getBody() { return body; }
    public Long getRefMeetingId() { return refMeetingId; }
    public Long getProposalId() { return proposalId; }
    public VoteState getVoteState() { return voteState; }
    public String getResult() { return result; }
    public String getReorderReason() { return reorderReason; }

    void edit(ItemKind kind, String title, String presenter, String body, Long refMeetingId) {
        this.kind = kind;
        this.title = title;
        this.presenter = presenter;
        this.body = body;
        this.refMeetingId = refMeetingId;
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

    void openVote() {
        this.voteState = VoteState.OPEN;
    }

    void closeVote(String result) {
        this.voteState = VoteState.CLOSED;
        this.result = result;
    }
}
