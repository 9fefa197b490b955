package mx.snt.vinculo.outbox;

/** Delivery state of an outbox event. */
public enum OutboxStatus {
    PENDING, DELIVERED, FAILED, DEAD
}
