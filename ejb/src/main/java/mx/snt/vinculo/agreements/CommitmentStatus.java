package mx.snt.vinculo.agreements;

/** A commitment's progress; OVERDUE is set by the daily job when the due date passes unfinished. */
public enum CommitmentStatus {
    PENDING, IN_PROGRESS, DONE, OVERDUE
}
