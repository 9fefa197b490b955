package mx.snt.vinculo.workspaces;

import mx.snt.vinculo.directory.WorkspaceSummary;

import java.io.Serializable;

/** A workspace with what its page shows at the top. */
public record WorkspaceOverview(WorkspaceSummary workspace, long memberCount, boolean callerIsMember)
        implements Serializable {
}
