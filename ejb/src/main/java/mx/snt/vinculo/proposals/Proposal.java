package mx.snt.vinculo.proposals;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.Html;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.common.VersionedEntity;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.library.Input;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposal to a commission (through one of its calls, or free). It applies its own workflow
 * ({@link ProposalAction}), admits adhesions and comments, and is linked once to what it became.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends VersionedEntity {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 1_000;
    public static final int MAX_TEXT = 50_000;
    public static final int MAX_ANSWER = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "call_id")
    private ProposalCall call;
    /** The commission it is addressed to: the item's workspace. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;
    /** The author's body. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Workspace body;
    @Column(nullable = false, length = 150)
    private String author;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(nullable = false, length = 1000)
    private String summary;
    @Lob
    @Column(name = "text_html", nullable = false)
    private String text;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Topic topic;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalState state;
    @Lob
    private String answer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;
    @Column(name = "adhesion_count", nullable = false)
    private int adhesionCount;
    @Column(name = "library_entry_id")
    private Long libraryEntryId;
    /** The session (and its agenda item) the accepted proposal was put on; null until then. */
    @Column(name = "agenda_session_id")
    private Long agendaSessionId;
    @Column(name = "agenda_item_id")
    private Long agendaItemId;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proposal_file", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "file_id")
    private List<Long> fileIds = new ArrayList<>();
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Proposal() {
    }

    /** A submitted proposal; {@code content} comes from {@link #content}. */
    public Proposal(ProposalCall call, Workspace commission, Workspace body, String author, Content content,
                    List<Long> fileIds, Instant now) {
        super(now);
        this.call = call;
        this.workspace = commission;
        this.body = body;
        this.author = author;
        this.title = content.title();
        this.summary = content.summary();
        this.text = content.html();
        this.topic = content.topic();
        this.fileIds.addAll(fileIds);
        this.state = ProposalState.SUBMITTED;
        this.visibility = Visibility.NETWORK;
        this.submittedAt = now;
    }

    /** What the author wrote, checked: bounded texts without scripts, sanitised HTML, a topic. */
    public record Content(String title, String summary, String html, Topic topic) {
    }

    /** Checks what the author typed; a proposal to a call takes the call's topic unless it names one. */
    public static Content content(String title, String summary, String text, Topic topic, ProposalCall call) {
        String t = Fields.required(title, MAX_TITLE, "proposal.title");
        String s = Fields.required(summary, MAX_SUMMARY, "proposal.summary");
        String x = Fields.required(text, MAX_TEXT, "proposal.text");
        if (Input.hasScript(t) || Input.hasScript(s) || Input.hasScript(x)) {
            throw new ValidationException("proposal.script");
        }
        String clean = Html.sanitize(x);
        if (Html.toText(clean).isBlank()) {
            throw new ValidationException("proposal.text.required");
        }
        Topic chosen = topic != null ? topic : call != null ? call.getTopic() : null;
        if (chosen == null) {
            throw new ValidationException("proposal.topic.required");
        }
        return new Content(t, s, clean, chosen);
    }

    /**
     * A workflow step: who may take it ({@code secretary} of the commission or the {@code author}),
     * from the version they read, from the state the table requires, with an answer when it needs one.
     */
    public void apply(ProposalAction action, boolean secretary, boolean author, long expectedVersion, String answer,
                      Instant now) {
        if (action == null) {
            throw new ValidationException("proposal.action.required");
        }
        if (!action.allowedFor(secretary, author)) {
            throw new ForbiddenException();
        }
        checkVersion(expectedVersion);
        if (!action.allowedFrom(state)) {
            throw new ValidationException("proposal.transition.invalid", state.name(), action.to().name());
        }
        String a = action.needsAnswer() ? Fields.required(answer, MAX_ANSWER, "proposal.answer")
                : Fields.optional(answer, MAX_ANSWER, "proposal.answer");
        if (Input.hasScript(a)) {
            throw new ValidationException("proposal.script");
        }
        this.state = action.to();
        if (action.needsAnswer()) {
            this.answer = a;
        }
        touch(now);
    }

    public boolean isAuthor(String username) {
        return username != null && username.equals(author);
    }

    /**
     * Another body supports it: not once withdrawn or rejected, not the author's own body, once
     * per body ({@code alreadyAdhered}: the body's adhesion exists).
     */
    public ProposalAdhesion adhesionOf(Workspace adheringBody, boolean alreadyAdhered, String username, Instant now) {
        if (!state.acceptsAdhesions()) {
            throw new ValidationException("proposal.adhesion.closed");
        }
        if (adheringBody.getId().equals(body.getId())) {
            throw new ValidationException("proposal.adhesion.own");
        }
        if (alreadyAdhered) {
            throw new ValidationException("proposal.adhesion.duplicate", adheringBody.getAcronym());
        }
        return new ProposalAdhesion(id, adheringBody, username, now);
    }

    /** A comment, or a reply to a top-level comment of this proposal ({@code parent} is the one {@code parentId} names). */
    public ProposalComment comment(Long parentId, ProposalComment parent, String commenter, String text, Instant now) {
        String t = ProposalComment.checkedText(text);
        if (parentId != null) {
            if (parent == null || parent.getProposalId() != id) {
                throw new ValidationException("proposal.comment.parent");
            }
            if (parent.getParentId() != null) {
                throw new ValidationException("proposal.comment.depth");
            }
        }
        return new ProposalComment(id, parentId, commenter, t, now);
    }

    /** Only an accepted proposal, read at its current version, becomes a library entry, and once. */
    public void checkCanBecomeEntry(long expectedVersion) {
        checkAccepted(expectedVersion, "proposal.library.notAccepted");
        if (libraryEntryId != null) {
            throw new ValidationException("proposal.library.already");
        }
    }

    /** Only an accepted proposal, read at its current version, goes on an agenda, and once. */
    public void checkCanBecomeAgendaItem(long expectedVersion) {
        checkAccepted(expectedVersion, "proposal.agenda.notAccepted");
        if (agendaItemId != null) {
            throw new ValidationException("proposal.agenda.already");
        }
    }

    private void checkAccepted(long expectedVersion, String notAcceptedKey) {
        if (getVersion() != expectedVersion) {
            throw new ConflictException();
        }
        if (state != ProposalState.ACCEPTED) {
            throw new ValidationException(notAcceptedKey);
        }
    }

    public void linkEntry(long entryId, Instant now) {
        if (libraryEntryId != null) {
            throw new ValidationException("proposal.library.already");
        }
        this.libraryEntryId = entryId;
        touch(now);
    }

    public void linkAgendaItem(long sessionId, long itemId, Instant now) {
        if (agendaItemId != null) {
            throw new ValidationException("proposal.agenda.already");
        }
        this.agendaSessionId = sessionId;
        this.agendaItemId = itemId;
        touch(now);
    }

    /** What the commission may still do with it (shown as buttons; {@link #apply} checks again). */
    public boolean awaitsLibrary() {
        return state == ProposalState.ACCEPTED && libraryEntryId == null;
    }

    public boolean awaitsAgenda() {
        return state == ProposalState.ACCEPTED && agendaItemId == null;
    }

    public Long getAgendaSessionId() { return agendaSessionId; }
    public Long getAgendaItemId() { return agendaItemId; }
    public Long getId() { return id; }
    public ProposalCall getCall() { return call; }
    public Workspace getWorkspace() { return workspace; }
    public Workspace getBody() { return body; }
    public String getAuthor() { return author; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getText() { return text; }
    public Topic getTopic() { return topic; }
    public ProposalState getState() { return state; }
    public String getAnswer() { return answer; }
    public Visibility getVisibility() { return visibility; }
    public int getAdhesionCount() { return adhesionCount; }
    public Long getLibraryEntryId() { return libraryEntryId; }
    public List<Long> getFileIds() { return fileIds; }
    public Instant getSubmittedAt() { return submittedAt; }
}
