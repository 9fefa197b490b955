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

import java.time.Duration;
import java.time.Instant;

/**
 * One request for the floor on one agenda item: asked by a member, given by the chair (the
 * server records when the turn started and ended, so the time used is the server's, not a
 * browser's), or withdrawn before it was given (ended, never started). The rules are the
 * session's ({@link SpeakersList}).
 */
@Entity
@Table(name = "meeting_speaker")
public class SpeakingTurn {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "meeting_id") private Session session;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "item_id") private AgendaItem item;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "member_id") private Member member;
    @Column(name = "requested_at", nullable = false) private Instant requestedAt;
    @Column(name = "started_at") private Instant startedAt;
    @Column(name = "ended_at") private Instant endedAt;
    @Column(name = "given_by", length = 150) private String givenBy;

    protected SpeakingTurn() {
    }

    SpeakingTurn(Session session, AgendaItem item, Member member, Instant now) {
        this.session = session;
        this.item = item;
        this.member = member;
        this.requestedAt = now;
    }

    public Long getId() { return id; }
    public Session getSession() { return session; }
    public AgendaItem getItem() { return item; }
    public Member getMember() { return member; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }

    /** Asked and neither given nor withdrawn yet. */
    public boolean isWaiting() {
        return startedAt == null && endedAt == null;
    }

    /** Has the floor now. */
    public boolean isSpeaking() {
        return startedAt != null && endedAt == null;
    }

    /** The time used, once the turn is over (null while waiting, speaking, or if withdrawn). */
    public Duration used() {
        return startedAt == null || endedAt == null ? null : Duration.between(startedAt, endedAt);
    }

    void give(String by, Instant now) {
        this.startedAt = now;
        this.givenBy = by;
    }

    void end(Instant now) {
        this.endedAt = now;
    }
}
