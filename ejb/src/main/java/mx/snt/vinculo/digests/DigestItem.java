package mx.snt.vinculo.digests;

import java.time.Instant;

/** One line of a digest: something new in a workspace. */
public record DigestItem(long eventId, long workspaceId, String workspaceName, String kind, String eventType,
                         String title, String path, String visibility, Instant occurredAt) {
}
