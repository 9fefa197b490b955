package mx.snt.vinculo.publicsite;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement in force as the public register shows it: parties, object, validity, the
 * acuerdo that approved it and, when uploaded, the signed document ({@code signedAttachmentId}).
 */
public record PublicAgreementRow(long id, String title, String purpose, String workspaceAcronym, List<String> parties,
                                 LocalDate signedOn, LocalDate validityStart, LocalDate validityEnd,
                                 String acuerdoNumber, Long signedAttachmentId) implements Serializable {
}
