package mx.snt.vinculo.outbox;

import jakarta.json.JsonObjectBuilder;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/**
 * The one builder of the fields every outbox payload carries (see the package doc): kind, id,
 * title, path, workspace, visibility and when it happened. Features add their own fields
 * (a {@code pnt} object, {@code recipients}, …) to the builder it returns.
 */
public final class EventPayload {

    private EventPayload() {
    }

    public static JsonObjectBuilder of(String kind, long id, String title, String path, long workspaceId,
                                       Visibility visibility, Instant occurredAt) {
        return JSON.createObjectBuilder()
                .add("kind", kind)
                .add("id", id)
                .add("title", title == null ? "" : title)
                .add("path", path)
                .add("workspaceId", workspaceId)
                .add("visibility", visibility.name())
                .add("occurredAt", occurredAt.toString());
    }
}
