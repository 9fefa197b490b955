package mx.snt.vinculo.directory;

import java.io.Serializable;

/** A workspace as lists and the API show it. */
public record WorkspaceSummary(long id, WorkspaceType type, String code, String acronym, String name,
                               BodyKind bodyKind, String state, boolean active, long version) implements Serializable {

    public static WorkspaceSummary of(Workspace w) {
        return new WorkspaceSummary(w.getId(), w.getType(), w.getCode(), w.getAcronym(), w.getName(),
                w.getBodyKind(), w.getStateName(), w.isActive(), w.getVersion());
    }
}
