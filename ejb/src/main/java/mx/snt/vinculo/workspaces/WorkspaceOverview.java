package mx.snt.vinculo.workspaces;

import mx.snt.vinculo.directory.WorkspaceSummary;

import java.io.Serializable;

/** A workspace with what its page shows at the top. */
/** {@code canEditProfile}: the caller may edit its public profile ({@link WorkspaceProfiles#canEdit}). */
public record WorkspaceOverview(WorkspaceSummary workspace, long memberCount, boolean callerIsMember, boolean canEditProfile)
        implements Serializable {
}
