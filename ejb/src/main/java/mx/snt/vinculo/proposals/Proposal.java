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
import jakarta.persistence.Version;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A proposal to a commission (through one of its calls, or free). */
@Entity
@Table(name = "proposal")
public class Proposal {
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
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(ProposalCall call, Workspace commission, Workspace body, String author, String title, String summary,
             String text, Topic topic, List<Long> fileIds, Instant now) {
        this.call = call;
        this.workspace = commission;
        this.body = body;
        this.author = author;
        this.title = title;
        this.summary = summary;
        this.text = text;
        this.topic = topic;
        this.fileIds.addAll(fileIds);
        this.state = ProposalState.SUBMITTED;
        this.visibility = Visibility.NETWORK;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void move(ProposalState to, String answer, Instant now) {
        this.state = to;
        if (answer != null) {
            this.answer = answer;
        }
        this.updatedAt = now;
    }

    void linkEntry(long entryId, Instant now) {
        this.libraryEntryId = entryId;
        this.updatedAt = now;
    }

    void linkAgendaItem(long sessionId, long itemId, Instant now) {
        this.agendaSessionId = sessionId;
        this.agendaItemId = itemId;
        this.updatedAt = now;
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
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
