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

/** How one member attended one session. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Attendance() {
    }

    Attendance(Session session, Member member, AttendanceStatus status, Instant now) {
        this.session = session;
        this.member = member;
        this.status = status;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public Session getSession() { return session; }
    public Member getMember() { return member; }
    public AttendanceStatus getStatus() { return status; }

    void status(AttendanceStatus status, Instant now) {
        this.status = status;
        this.recordedAt = now;
    }
}
