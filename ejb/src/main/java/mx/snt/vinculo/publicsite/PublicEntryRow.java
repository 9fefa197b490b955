package mx.snt.vinculo.publicsite;

import mx.snt.vinculo.library.EntryType;

import java.io.Serializable;

/** A public library entry (a guide, a manual…) as the home and commission pages list it. */
public record PublicEntryRow(long id, String title, EntryType type, int year, String bodyAcronym) implements Serializable {
}
