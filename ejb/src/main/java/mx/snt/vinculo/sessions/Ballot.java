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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import mx.snt.vinculo.directory.Member;

import java.time.Instant;

/** One member's vote on one agenda item (unique per item and member; final once the vote closes). */
@Entity
@Table(name = "meeting_ballot")
public class Ballot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    /** Null in a secret ballot: the vote is counted, never tied to its voter. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private VoteChoice choice;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    @Column(name = "cast_by", nullable = false, length = 150)
    private String castBy;

    protected Ballot() {
    }

    Ballot(AgendaItem item, Member member, VoteChoice choice, String castBy, Instant now) {
        this.item = item;
        this.member = member;
        this.choice = choice;
        this.castBy = castBy;
        this.castAt = now;
    }

    public Long getId() { return id; }
    public AgendaItem getItem() { return item; }
    public Member getMember() { return member; }
    public VoteChoice getChoice() { return choice; }
    public String getCastBy() { return castBy; }

    /** While the vote is open a member may change their mind; the service refuses it once closed. */
    void change(VoteChoice choice, String castBy, Instant now) {
        this.choice = choice;
        this.castBy = castBy;
        this.castAt = now;
    }
}
