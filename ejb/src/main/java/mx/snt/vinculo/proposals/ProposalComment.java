package mx.snt.vinculo.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A comment on a proposal, or a reply to one (one level). */
@Entity
@Table(name = "proposal_comment")
public class ProposalComment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proposal_id", nullable = false)
    private long proposalId;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(nullable = false, length = 150)
    private String author;
    @Lob
    @Column(name = "text_body", nullable = false)
    private String text;
    @Column(nullable = false)
    private boolean hidden;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Version
    private long version;

    protected ProposalComment() {
    }

    ProposalComment(long proposalId, Long parentId, String author, String text, Instant now) {
        this.proposalId = proposalId;
        this.parentId = parentId;
        this.author = author;
        this.text = text;
        this.createdAt = now;
    }

    void edit(String text, Instant now) {
        this.text = text;
        this.editedAt = now;
    }

    void hide() {
        this.hidden = true;
    }

    public Long getId() { return id; }
    public long getProposalId() { return proposalId; }
    public Long getParentId() { return parentId; }
    public String getAuthor() { return author; }
    public String getText() { return text; }
    public boolean isHidden() { return hidden; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
    public long getVersion() { return version; }
}
