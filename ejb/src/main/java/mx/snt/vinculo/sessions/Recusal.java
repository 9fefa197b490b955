package mx.snt.vinculo.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import mx.snt.vinculo.directory.Member;

import java.time.Instant;

/**
 * A member's recusal (excusa) from one item: recorded, public, and out of the base of that
 * item's vote; the member may not vote on it.
 */
@Entity
@Table(name = "meeting_recusal")
public class Recusal {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "item_id") private AgendaItem item;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "member_id") private Member member;
    @Column(length = 1000) private String reason;
    @Column(name = "recorded_at", nullable = false) private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false, length = 150) private String recordedBy;

    protected Recusal() {
    }

    Recusal(AgendaItem item, Member member, String reason, String recordedBy, Instant now) {
        this.item = item;
        this.member = member;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public Member getMember() { return member; }
    public String getReason() { return reason; }
}
