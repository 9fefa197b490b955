package mx.snt.vinculo.sessions;

import java.io.Serializable;

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

    public boolean present() {
        return status != null && status.present();
    }
}
