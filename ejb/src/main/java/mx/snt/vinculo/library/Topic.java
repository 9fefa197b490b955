package mx.snt.vinculo.library;

/** The six topics of the design, shared by library entries, calls and proposals. */
public enum Topic {
    TRANSPARENCY, ACCESS_TO_INFORMATION, PERSONAL_DATA, ACCOUNTABILITY, OPEN_GOVERNMENT, ARCHIVES
}
