package mx.snt.vinculo.publicsite;

import mx.snt.vinculo.directory.WorkspaceType;

import java.io.Serializable;

/** A commission, region, body or the network as the public site names it; {@code path}: its public page, if any. */
public record PublicUnit(long id, WorkspaceType type, String code, String acronym, String name, String state, String path)
        implements Serializable {
}
