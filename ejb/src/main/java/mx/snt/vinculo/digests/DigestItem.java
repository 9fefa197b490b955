package mx.snt.vinculo.digests;

import java.time.Instant;

/**
 * Something new in a workspace, read from one outbox event: which item ({@code kind} and
 * {@code itemId}), what happened to it ({@code eventType}, and the {@code state} it reached
 * when the event says so), and {@code when} for events that name a date (a session's start, a
 * call's closing day; ISO text, or null).
 */
public record DigestItem(long eventId, long workspaceId, String workspaceName, String kind, long itemId, String eventType,
                         String title, String path, String visibility, Instant occurredAt, String state, String when) {

    /** The item this event is about: several events of one item make one line of the digest. */
    public String itemKey() {
        return kind + ":" + itemId;
    }
}
