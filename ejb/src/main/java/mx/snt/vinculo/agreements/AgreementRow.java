package mx.snt.vinculo.agreements;

import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of the agreements list and of its spreadsheet (a record: use #{row.title()} in EL).
 * {@code parties}: full names (the spreadsheet); {@code partyShortNames}: acronyms and short names (the list).
 */
public record AgreementRow(long id, long workspaceId, String workspaceAcronym, AgreementType type, String title,
                           AgreementState state, Visibility visibility, LocalDate validityStart, LocalDate validityEnd,
                           LocalDate signedOn, Instant updatedAt, String parties, String partyShortNames) implements Serializable {

    /** The JPQL constructor expression's form; the party names are added by {@link #withParties}. */
    public AgreementRow(long id, long workspaceId, String workspaceAcronym, AgreementType type, String title,
                        AgreementState state, Visibility visibility, LocalDate validityStart, LocalDate validityEnd,
                        LocalDate signedOn, Instant updatedAt) {
        this(id, workspaceId, workspaceAcronym, type, title, state, visibility, validityStart, validityEnd,
                signedOn, updatedAt, "", "");
    }

    AgreementRow withParties(String names, String shortNames) {
        return new AgreementRow(id, workspaceId, workspaceAcronym, type, title, state, visibility, validityStart,
                validityEnd, signedOn, updatedAt, names, shortNames);
    }
}
