package mx.snt.vinculo.sessions;

import java.io.Serializable;

/** A member of the session's workspace and how they attended (null: not recorded yet). */
public record AttendeeRow(long memberId, String username, String name, boolean commissioner,
                           AttendanceStatus status) implements Serializable {
    public boolean present() {
        return status != null && status.present();
    }
}
