package mx.snt.vinculo.sessions;

import java.io.Serializable;
import java.util.List;

/**
 * A member of the session's workspace and how they attended (null: not recorded yet); {@code secretary} and
 * {@code homeBody} (the name of the body they belong to, null when unknown) are what the acta prints under their signature.
 */
public record AttendeeRow(long memberId, String username, String name, boolean commissioner,
                           AttendanceStatus status, boolean secretary, String homeBody) implements Serializable {

    public AttendeeRow(long memberId, String username, String name, boolean commissioner, AttendanceStatus status) {
        this(memberId, username, name, commissioner, status, false, null);
    }

    /** By name as a Spanish list orders it: an accent does not send "Óscar" after "Zoila". */
    static java.util.Comparator<AttendeeRow> byName() {
        java.text.Collator spanish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("es-MX"));
        return java.util.Comparator.comparing(AttendeeRow::name, spanish);
    }

    /**
     * The rows in {@link #byName()}'s order, each name's collation key computed once: a collator comparing two names
     * normalises both each time, and a commission's few hundred members cost thousands of comparisons (a sixth of a
     * session page's time before).
     */
    static List<AttendeeRow> sortedByName(java.util.Collection<AttendeeRow> rows) {
        java.text.Collator spanish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("es-MX"));
        return rows.stream().map(r -> java.util.Map.entry(spanish.getCollationKey(r.name()), r))
                .sorted(java.util.Map.Entry.comparingByKey()).map(java.util.Map.Entry::getValue).toList();
    }

    public boolean present() {
        return status != null && status.present();
    }
}
