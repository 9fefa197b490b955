package mx.snt.vinculo.publicsite;

import java.io.Serializable;
import java.util.List;

/**
 * The public home in one read: the network and its member bodies, its commissions and
 * regions, what is being transmitted now, the next public sessions, the latest published
 * sessions and acuerdos, and the library's newest public guides.
 */
public record PublicHome(PublicUnit network, List<PublicUnit> bodies, List<PublicUnit> commissions, List<PublicUnit> regions,
                         List<PublicSessionRow> live, List<PublicSessionRow> next, List<PublicSessionRow> published,
                         List<PublicAcuerdoRow> acuerdos, List<PublicEntryRow> guides) implements Serializable {
}
