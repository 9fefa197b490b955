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

/** A stored file (checked by FileStore) attached to an agreement. */
@Entity
@Table(name = "agreement_attachment")
public class AgreementAttachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttachmentKind kind;

    protected AgreementAttachment() {
    }

    AgreementAttachment(Agreement agreement, long fileId, AttachmentKind kind) {
        this.agreement = agreement;
        this.fileId = fileId;
        this.kind = kind;
    }

    /** The signed copy must be a real PDF (the content, not the name, says so). */
    public static void checkKind(AttachmentKind kind, mx.snt.vinculo.files.FileKind detected) {
        if (kind == AttachmentKind.SIGNED_PDF && detected != mx.snt.vinculo.files.FileKind.PDF) {
            throw new mx.snt.vinculo.common.ValidationException("agreement.signedPdf.kind");
        }
    }

    public Long getId() { return id; }
    public Agreement getAgreement() { return agreement; }
    public long getFileId() { return fileId; }
    public AttachmentKind getKind() { return kind; }
}
