package mx.snt.vinculo.delivery;

import jakarta.json.JsonObject;

import java.sql.Connection;

/** Something done with a claimed outbox event, inside the claiming transaction. */
public interface EventHandler {

    /** An outbox row as handlers see it. */
    record Event(long id, String eventType, String aggregateType, long aggregateId, Long workspaceId, JsonObject payload) {
    }

    void handle(Connection tx, Event event) throws Exception;

    /**
     * Called once for each claimed batch of events, inside its transaction and before them: a
     * handler may read here, once, what all of them need (the events then follow on the same
     * connection, on the same thread).
     */
    default void beginBatch(Connection tx) throws Exception {
    }
}
