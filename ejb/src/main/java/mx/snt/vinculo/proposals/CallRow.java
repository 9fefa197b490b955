package mx.snt.vinculo.proposals;

import java.io.Serializable;
import java.time.LocalDate;

/** A call in a short list (one constructor query): the home page's "calls closing soon". */
public record CallRow(long id, String title, String commissionAcronym, LocalDate closesOn) implements Serializable {
}
