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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A commission's call for proposals. */
@Entity
@Table(name = "proposal_call")
public class ProposalCall {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "workspace_id")
    private Workspace workspace;
    @Column(nullable = false, length = 200)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Topic topic;
    @Lob
    @Column(nullable = false)
    private String description;
    @Column(name = "open_to_all", nullable = false)
    private boolean openToAll;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "proposal_call_body", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "body_id")
    private Set<Long> bodyIds = new HashSet<>();
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;
    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;
    @Column(name = "created_by", nullable = false, length = 150)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected ProposalCall() {
    }

    ProposalCall(Workspace workspace, String title, Topic topic, String description, boolean openToAll,
                 Set<Long> bodyIds, LocalDate opensOn, LocalDate closesOn, String createdBy, Instant now) {
        this.workspace = workspace;
        this.title = title;
        this.topic = topic;
        this.description = description;
        this.openToAll = openToAll;
        this.bodyIds.addAll(bodyIds);
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.visibility = Visibility.NETWORK;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public String getTitle() { return title; }
    public Topic getTopic() { return topic; }
    public String getDescription() { return description; }
    public boolean isOpenToAll() { return openToAll; }
    public Set<Long> getBodyIds() { return bodyIds; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public Visibility getVisibility() { return visibility; }
    public String getCreatedBy() { return createdBy; }
    public long getVersion() { return version; }
}
