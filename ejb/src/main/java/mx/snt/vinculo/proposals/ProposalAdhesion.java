package mx.snt.vinculo.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import mx.snt.vinculo.directory.Workspace;

import java.time.Instant;

/** A body supports a proposal (one per body, given by one of its people). */
@Entity
@Table(name = "proposal_adhesion")
public class ProposalAdhesion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "proposal_id", nullable = false)
    private long proposalId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Workspace body;
    @Column(nullable = false, length = 150)
    private String username;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProposalAdhesion() {
    }

    ProposalAdhesion(long proposalId, Workspace body, String username, Instant now) {
        this.proposalId = proposalId;
        this.body = body;
        this.username = username;
        this.createdAt = now;
    }

    public Long getId() { return id; }
    public long getProposalId() { return proposalId; }
    public Workspace getBody() { return body; }
    public String getUsername() { return username; }
    public Instant getCreatedAt() { return createdAt; }
}
