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
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.library.Input;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A commission's call for proposals. It checks its own terms when opened and guards its window:
 * proposals come in from the opening day to the closing day inclusive, from the bodies it admits.
 * (Its table has no {@code updated_at}: a call is not edited, so it is not a VersionedEntity.)
 */
@Entity
@Table(name = "proposal_call")
public class ProposalCall {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5_000;

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

    /**
     * Opens a call of {@code commission} on the terms {@code in}; {@code bodiesExist} tells whether
     * every id names a body (when the call is not open to all).
     */
    public static ProposalCall open(Workspace commission, CallInput in, Predicate<Set<Long>> bodiesExist,
                                    String createdBy, LocalDate today, Instant now) {
        if (commission.getType() != WorkspaceType.COMMISSION) {
            throw new ValidationException("proposal.call.commission.required");
        }
        if (in == null) {
            throw new ValidationException("proposal.title.required");
        }
        String title = Fields.required(in.title(), MAX_TITLE, "proposal.title");
        String description = Fields.required(in.description(), MAX_DESCRIPTION, "proposal.call.description");
        if (Input.hasScript(title) || Input.hasScript(description)) {
            throw new ValidationException("proposal.script");
        }
        if (in.topic() == null) {
            throw new ValidationException("proposal.topic.required");
        }
        if (in.opensOn() == null || in.closesOn() == null) {
            throw new ValidationException("proposal.call.dates.required");
        }
        if (in.closesOn().isBefore(in.opensOn())) {
            throw new ValidationException("proposal.call.dates.order");
        }
        if (in.closesOn().isBefore(today)) {
            throw new ValidationException("proposal.call.dates.past");
        }
        Set<Long> bodies = in.bodyIds() == null ? Set.of() : Set.copyOf(in.bodyIds());
        if (!in.openToAll()) {
            if (bodies.isEmpty()) {
                throw new ValidationException("proposal.call.bodies.required");
            }
            if (!bodiesExist.test(bodies)) {
                throw new ValidationException("proposal.call.bodies.invalid");
            }
        }
        return new ProposalCall(commission, title, in.topic(), description, in.openToAll(),
                in.openToAll() ? Set.of() : bodies, in.opensOn(), in.closesOn(), createdBy, now);
    }

    /** A call as it stands (the demo seeds past calls through here); {@link #open} checks new ones. */
    public ProposalCall(Workspace workspace, String title, Topic topic, String description, boolean openToAll,
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

    /** Open on {@code today}: from its opening day to its closing day inclusive. */
    public boolean isOpenOn(LocalDate today) {
        return CallWindow.isOpen(opensOn, closesOn, today);
    }

    /** Refuses a proposal of {@code body} when the window is shut or the call does not admit that body. */
    public void checkAccepts(Workspace body, LocalDate today) {
        if (!isOpenOn(today)) {
            throw new ValidationException("proposal.call.closed", title);
        }
        if (!openToAll && !bodyIds.contains(body.getId())) {
            throw new ValidationException("proposal.call.notForBody", body.getAcronym());
        }
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
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
