package mx.snt.vinculo.directory;

/** The kind of a member body of the network; the reform adds "autoridad garante". */
public enum BodyKind {
    ORGANISMO_GARANTE,
    AUTORIDAD_GARANTE,
    OTRO_INTEGRANTE
}
