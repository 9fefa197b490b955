package mx.snt.vinculo.directory;

/** What a workspace stands for: the network, a body, a commission or a region. */
public enum WorkspaceType {
    NETWORK(null),
    BODY("organos"),
    COMMISSION("comisiones"),
    REGION("regiones");

    private final String groupRoot;

    WorkspaceType(String groupRoot) {
        this.groupRoot = groupRoot;
    }

    /** The Keycloak group path of a unit of this type, e.g. {@code /organos/JAL}. */
    public String groupPath(String code) {
        return groupRoot == null ? null : "/" + groupRoot + "/" + code;
    }

    public String groupRoot() {
        return groupRoot;
    }
}
