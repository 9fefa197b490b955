package mx.snt.vinculo.publication.admin;

import mx.snt.vinculo.publication.DeliveryState;

import java.io.Serializable;
import java.time.Instant;

/**
 * A SIPOT record on the console: what it is, and where its delivery stands. fileState is where it
 * stands with the export files ({@link mx.snt.vinculo.publication.SipotLoad#fileState()}).
 */
public record PntRecordRow(long id, String body, String formatId, String period, String kind, long outputId, String title,
                           String loadType, String fileState, boolean publicNow, DeliveryState state, int attempts, String lastError,
                           String idRegistro, Instant updatedAt) implements Serializable {
}
