package mx.snt.vinculo.opendata;

import java.time.Instant;

/**
 * One entry of a feed: {@code key} makes its Atom id ({@code tag:} URI, stable for ever: kind and database id),
 * {@code path} its public page, {@code updated} when it last changed, {@code published} when it first appeared.
 */
public record FeedEntry(String key, String title, String summary, String path, Instant updated, Instant published,
                        String workspaceName) {
}
