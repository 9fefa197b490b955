package mx.snt.vinculo.agreements;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A convenio: it belongs to the workspace of the body that drafted it. */
@Entity
@Table(name = "agreement")
public class Agreement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", nullable = false, length = 16)
    private AgreementType type;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 4000)
    private String purpose;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml = "";

    @Column(name = "text_version", nullable = false)
    private int textVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AgreementState state = AgreementState.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility = Visibility.PRIVATE;

    @Column(name = "public_in_force", nullable = false)
    private boolean publicInForce = true;

    @Column(name = "legal_cleared", nullable = false)
    private boolean legalCleared;

    @Column(name = "acuerdo_number", length = 100)
    private String acuerdoNumber;

    @Column(name = "acuerdo_date")
    private LocalDate acuerdoDate;

    @Column(name = "validity_start")
    private LocalDate validityStart;

    @Column(name = "validity_end")
    private LocalDate validityEnd;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "renewed_from_id")
    private Agreement renewedFrom;

    @Column(name = "created_by", nullable = false, length = 150)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgreementParty> parties = new ArrayList<>();

    protected Agreement() {
    }

    Agreement(Workspace workspace, AgreementType type, String title, String purpose, String createdBy, Instant now) {
        this.workspace = workspace;
        this.type = type;
        this.title = title;
        this.purpose = purpose;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public AgreementType getType() { return type; }
    public String getTitle() { return title; }
    public String getPurpose() { return purpose; }
    public String getBodyHtml() { return bodyHtml; }
    public int getTextVersion() { return textVersion; }
    public AgreementState getState() { return state; }
    public Visibility getVisibility() { return visibility; }
    public boolean isPublicInForce() { return publicInForce; }
    public boolean isLegalCleared() { return legalCleared; }
    public String getAcuerdoNumber() { return acuerdoNumber; }
    public LocalDate getAcuerdoDate() { return acuerdoDate; }
    public LocalDate getValidityStart() { return validityStart; }
    public LocalDate getValidityEnd() { return validityEnd; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
    public Agreement getRenewedFrom() { return renewedFrom; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
    public List<AgreementParty> getParties() { return parties; }

    void describe(AgreementType type, String title, String purpose, LocalDate start, LocalDate end, boolean publicInForce, Instant now) {
        this.type = type;
        this.title = title;
        this.purpose = purpose;
        this.validityStart = start;
        this.validityEnd = end;
        this.publicInForce = publicInForce;
        this.updatedAt = now;
    }

    /** A new saved text: the next version number. */
    int newText(String html, Instant now) {
        this.bodyHtml = html;
        this.textVersion++;
        this.updatedAt = now;
        return textVersion;
    }

    void moveTo(AgreementState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
        if (next == AgreementState.DRAFT) {
            // A text sent back must be reviewed by legal again.
            this.legalCleared = false;
        }
    }

    void clearLegal(Instant now) {
        this.legalCleared = true;
        this.updatedAt = now;
    }

    void approvedBy(String number, LocalDate date) {
        this.acuerdoNumber = number;
        this.acuerdoDate = date;
    }

    void signedOn(LocalDate date) {
        this.signedOn = date;
    }

    void ended(LocalDate date, String reason) {
        this.endedOn = date;
        this.endReason = reason;
    }

    void renews(Agreement previous) {
        this.renewedFrom = previous;
    }

    void changeVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }
}
