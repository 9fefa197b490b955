package mx.snt.vinculo.agreements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One saved text of an agreement; never changed afterwards. */
@Entity
@Table(name = "agreement_text_version")
public class AgreementTextVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "saved_by", nullable = false, length = 150)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected AgreementTextVersion() {
    }

    AgreementTextVersion(Agreement agreement, int number, String bodyHtml, String savedBy, Instant savedAt) {
        this.agreement = agreement;
        this.number = number;
        this.bodyHtml = bodyHtml;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long getId() { return id; }
    public int getNumber() { return number; }
    public String getBodyHtml() { return bodyHtml; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
}
