package mx.snt.vinculo.publicsite;

import java.io.Serializable;
import java.util.List;

/**
 * A commission's or region's public page: what it is, who coordinates it and its technical
 * secretary, its member bodies, its institutional accounts, its public sessions (newest first),
 * its latest acuerdos, its agreements in force and its guides in the library.
 */
public record PublicUnitPage(PublicUnit unit, String description, String coordinator, String technicalSecretary,
                             List<PublicUnit> bodies, List<SocialAccount> social, List<PublicSessionRow> sessions,
                             List<PublicAcuerdoRow> acuerdos, List<PublicAgreementRow> agreements,
                             List<PublicEntryRow> guides) implements Serializable {
}
