package mx.snt.vinculo.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.library.Input;

import java.time.Duration;
import java.time.Instant;

/**
 * A comment on a proposal, or a reply to one (one level); {@link Proposal#comment} makes them.
 * Its author may edit it for a while; the commission may hide it (it stays recorded).
 */
@Entity
@Table(name = "proposal_comment")
public class ProposalComment {

    public static final int MAX_TEXT = 2_000;
    /** How long an author may edit their comment. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

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

    /** The author edits it within {@link #EDIT_WINDOW}, from the version they read; a hidden comment stays as it is. */
    public void edit(String editor, long expectedVersion, String newText, Instant now) {
        if (editor == null || !editor.equals(author) || hidden) {
            throw new ForbiddenException();
        }
        if (!editableAt(now)) {
            throw new ValidationException("proposal.comment.editWindow", EDIT_WINDOW.toMinutes());
        }
        String t = checkedText(newText);
        if (version != expectedVersion) {
            throw new ConflictException();
        }
        this.text = t;
        this.editedAt = now;
    }

    public void hide() {
        this.hidden = true;
    }

    /** Within the edit window at {@code now}. */
    public boolean editableAt(Instant now) {
        return !now.isAfter(createdAt.plus(EDIT_WINDOW));
    }

    /** May {@code username} edit it now (the button on the page)? */
    public boolean editableBy(String username, Instant now) {
        return username != null && username.equals(author) && !hidden && editableAt(now);
    }

    static String checkedText(String raw) {
        String t = Fields.required(raw, MAX_TEXT, "proposal.comment");
        if (Input.hasScript(t)) {
            throw new ValidationException("proposal.script");
        }
        return t;
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
