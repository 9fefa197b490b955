package mx.snt.vinculo.agreements;

import java.io.Serializable;
import java.time.LocalDate;

/** A commitment as the agreement's page and the API show it. */
public record CommitmentRow(long id, long partyId, String partyName, String description, String responsible,
                            LocalDate dueDate, CommitmentStatus status, String evidence, long version)
        implements Serializable {
}
