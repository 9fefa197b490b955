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
 * A member's own "I am attending remotely", while the chair keeps attendance open: it counts
 * for nothing until the technical secretary confirms it (then the member's attendance is
 * REMOTE). One per session and member; asking again after a confirmation reopens it.
 */
@Entity
@Table(name = "meeting_remote_checkin")
public class RemoteCheckIn {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "meeting_id") private Session session;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "member_id") private Member member;
    @Column(name = "checked_in_at", nullable = false) private Instant checkedInAt;
    @Column(name = "confirmed_at") private Instant confirmedAt;
    @Column(name = "confirmed_by", length = 150) private String confirmedBy;

    protected RemoteCheckIn() {
    }

    RemoteCheckIn(Session session, Member member, Instant now) {
        this.session = session;
        this.member = member;
        this.checkedInAt = now;
    }

    public Long getId() { return id; }
    public Member getMember() { return member; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public Instant getConfirmedAt() { return confirmedAt; }

    public boolean isPending() {
        return confirmedAt == null;
    }

    void again(Instant now) {
        this.checkedInAt = now;
        this.confirmedAt = null;
        this.confirmedBy = null;
    }

    void confirm(String by, Instant now) {
        this.confirmedAt = now;
        this.confirmedBy = by;
    }
}
