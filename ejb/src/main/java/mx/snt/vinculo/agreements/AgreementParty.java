package mx.snt.vinculo.agreements;

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
import mx.snt.vinculo.directory.Workspace;

import java.time.LocalDate;

/** A party to an agreement: a body of the network (body set) or an outside counterparty. */
@Entity
@Table(name = "agreement_party")
public class AgreementParty {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    private Workspace body;

    /**
     * The same column, read only: who may see an agreement depends on its parties' bodies, and reading their ids
     * through {@link #body} loaded each body with a query of its own (one per party at every visit).
     */
    @Column(name = "body_id", insertable = false, updatable = false)
    private Long bodyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PartyCategory category;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, length = 200)
    private String signatory;

    @Column(name = "signatory_title", length = 200)
    private String signatoryTitle;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 255)
    private String contactEmail;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signature_by", length = 150)
    private String signatureBy;

    @Column(name = "position_no", nullable = false)
    private int position;

    protected AgreementParty() {
    }

    AgreementParty(Agreement agreement, Workspace body, PartyCategory category, String name, String signatory,
                   String signatoryTitle, String contactName, String contactEmail, int position) {
        this.agreement = agreement;
        this.body = body;
        this.bodyId = body == null ? null : body.getId();
        this.category = category;
        this.name = name;
        this.signatory = signatory;
        this.signatoryTitle = signatoryTitle;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.position = position;
    }

    public Long getId() { return id; }
    public Agreement getAgreement() { return agreement; }
    public Workspace getBody() { return body; }
    /** The party's body's id (null for an outside counterparty), without loading the body. */
    public Long getBodyId() { return bodyId; }
    public PartyCategory getCategory() { return category; }
    public String getName() { return name; }
    public String getSignatory() { return signatory; }
    public String getSignatoryTitle() { return signatoryTitle; }
    public String getContactName() { return contactName; }
    public String getContactEmail() { return contactEmail; }
    public LocalDate getSignedOn() { return signedOn; }
    public String getSignatureBy() { return signatureBy; }
    public int getPosition() { return position; }

    void sign(LocalDate date, String recordedBy) {
        this.signedOn = date;
        this.signatureBy = recordedBy;
    }

    void change(String signatory, String signatoryTitle, String contactName, String contactEmail) {
        this.signatory = signatory;
        this.signatoryTitle = signatoryTitle;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
    }

    /** The same party (not its signature) on a renewal. */
    AgreementParty copyFor(Agreement renewal) {
        return new AgreementParty(renewal, body, category, name, signatory, signatoryTitle, contactName, contactEmail, position);
    }

    void clearSignature() {
        this.signedOn = null;
        this.signatureBy = null;
    }
}
