package mx.snt.vinculo.visibility;

/** Who may see an item, relative to the workspace it belongs to. */
public enum Visibility {
    /** Members of the item's workspace. */
    PRIVATE,
    /** Every signed-in member of the network. */
    NETWORK,
    /** Anyone: the public site and the Plataforma Nacional de Transparencia. */
    PUBLIC
}
