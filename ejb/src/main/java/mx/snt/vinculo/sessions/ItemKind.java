package mx.snt.vinculo.sessions;

/** The kinds of agenda item of the orden del día. */
public enum ItemKind {
    AGENDA_APPROVAL, PREVIOUS_ACTA, INFORMATION, PROPOSAL, GENERAL_MATTERS
}
