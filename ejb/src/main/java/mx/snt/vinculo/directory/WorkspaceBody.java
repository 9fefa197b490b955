package mx.snt.vinculo.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A body that makes up a commission or a region (directory data: the SNT's own composition, not sign-ins). */
@Entity
@Table(name = "workspace_body")
public class WorkspaceBody {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "workspace_id") private Workspace workspace;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "body_id") private Workspace body;

    protected WorkspaceBody() {
    }

    public WorkspaceBody(Workspace workspace, Workspace body) {
        if (body.getType() != WorkspaceType.BODY || workspace.getType() == WorkspaceType.BODY) {
            throw new mx.snt.vinculo.common.ValidationException("workspace.body.kind");
        }
        this.workspace = workspace;
        this.body = body;
    }

    public Workspace getWorkspace() { return workspace; }
    public Workspace getBody() { return body; }
}
