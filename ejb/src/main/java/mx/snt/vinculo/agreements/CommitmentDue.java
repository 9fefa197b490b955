package mx.snt.vinculo.agreements;

import java.io.Serializable;
import java.time.LocalDate;

/** A commitment of one of the caller's bodies, overdue or falling due soon, with its agreement (for the home page). */
public record CommitmentDue(long id, long agreementId, String agreementTitle, String description, String partyName,
                            LocalDate dueDate, CommitmentStatus status) implements Serializable {
}
