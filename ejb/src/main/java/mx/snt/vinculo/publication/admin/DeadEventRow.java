package mx.snt.vinculo.publication.admin;

import java.io.Serializable;
import java.time.Instant;

/** An outbox event that failed or gave up. */
public record DeadEventRow(long id, String eventType, String aggregate, int attempts, String lastError, Instant createdAt)
        implements Serializable {
}
