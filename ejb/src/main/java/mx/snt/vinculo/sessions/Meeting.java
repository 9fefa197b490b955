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
import jakarta.persistence.Version;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;

/**
 * A session of a workspace's body (commission, region, plenary). Its version guards the
 * session and its agenda together: every agenda edit bumps it, so two secretaries editing
 * the same agenda get one conflict, not a lost update.
 */
@Entity
@Table(name = "meeting")
public class Meeting {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionKind kind;

    @Column(name = "seq_number", nullable = false)
    private int number;

    @Column(name = "seq_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_min", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(name = "remote_url", length = 1000)
    private String remoteUrl;

    @Column(name = "livestream_url", length = 1000)
    private String livestreamUrl;

    @Column(name = "recording_url", length = 1000)
    private String recordingUrl;

    @Column(name = "remote_voting", nullable = false)
    private boolean remoteVoting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionState state;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;

    @Column(name = "current_item_id")
    private Long currentItemId;

    @Column(name = "convened_at")
    private Instant convenedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Lob
    @Column(name = "acta_text")
    private String actaText;

    @Column(name = "acta_approved_in")
    private Long actaApprovedIn;

    @Column(name = "acta_file_id")
    private Long actaFileId;

    @Column(name = "created_by", nullable = false, length = 150)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Workspace workspace, SessionKind kind, int number, int year, String title, Instant startsAt,
            int durationMinutes, String place, String createdBy, Instant now) {
        this.workspace = workspace;
        this.kind = kind;
        this.number = number;
        this.year = year;
        this.title = title;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.state = SessionState.PLANNED;
        // Members of the workspace read it until it is published.
        this.visibility = Visibility.PRIVATE;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public SessionKind getKind() { return kind; }
    public String label() { return SessionRules.label(kind, number, year); }
    public int getNumber() { return number; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getPlace() { return place; }
    public String getRemoteUrl() { return remoteUrl; }
    public String getLivestreamUrl() { return livestreamUrl; }
    public String getRecordingUrl() { return recordingUrl; }
    public boolean isRemoteVoting() { return remoteVoting; }
    public SessionState getState() { return state; }
    public String getCancelReason() { return cancelReason; }
    public Visibility getVisibility() { return visibility; }
    public Long getCurrentItemId() { return currentItemId; }
    public Instant getConvenedAt() { return convenedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getActaText() { return actaText; }
    public Long getActaApprovedIn() { return actaApprovedIn; }
    public Long getActaFileId() { return actaFileId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    void details(String title, Instant startsAt, int durationMinutes, String place, String remoteUrl,
                 String livestreamUrl, boolean remoteVoting, Instant now) {
        this.title = title;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.remoteUrl = remoteUrl;
        this.livestreamUrl = livestreamUrl;
        this.remoteVoting = remoteVoting;
        this.updatedAt = now;
    }

    void links(String livestreamUrl, String recordingUrl, Instant now) {
        this.livestreamUrl = livestreamUrl;
        this.recordingUrl = recordingUrl;
        this.updatedAt = now;
    }

    void moveTo(SessionState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
        switch (next) {
            case CONVENED -> convenedAt = now;
            case IN_PROGRESS -> startedAt = now;
            case CLOSED -> endedAt = now;
            case PUBLISHED -> visibility = Visibility.PUBLIC;
            default -> { }
        }
    }

    void cancel(String reason, Instant now) {
        this.cancelReason = reason;
        moveTo(SessionState.CANCELLED, now);
    }

    void current(Long itemId, Instant now) {
        this.currentItemId = itemId;
        this.updatedAt = now;
    }

    void acta(String text, Instant now) {
        this.actaText = text;
        this.updatedAt = now;
    }

    void actaApprovedIn(long sessionId, Instant now) {
        this.actaApprovedIn = sessionId;
        moveTo(SessionState.ACTA_APPROVED, now);
    }

    void actaFile(long fileId) {
        this.actaFileId = fileId;
    }

    /** Marks the session (and its agenda) changed, so a concurrent editor's version is stale. */
    void touch(Instant now) {
        this.updatedAt = now;
    }
}
