package mx.snt.vinculo.publication;

/**
 * Where a SIPOT record is on its way to the PNT's web service ({@code pnt_record.ws_state}, the
 * enum's name). The SQL of {@link PntDelivery} moves records between these states; the console
 * filters and counts by them.
 */
public enum DeliveryState {
    /** Waiting to be sent (new, changed, or put back by an admin). */
    PENDING,
    /** Claimed by a sender: the call is under way. */
    SENDING,
    /** The PNT holds what the record says. */
    DELIVERED,
    /** The last attempt failed; it is tried again after a backoff. */
    FAILED,
    /** Every attempt failed: waits for an admin's retry. */
    DEAD,
    /** An {@code agrega} was interrupted: the PNT may hold it; an admin settles it ("por verificar"). */
    UNCERTAIN;

    /** The state stored in the column, or null for none. */
    public static DeliveryState of(String column) {
        return column == null ? null : valueOf(column);
    }
}
