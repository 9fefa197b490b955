package mx.snt.vinculo.common;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider, found once. {@code jakarta.json.Json}'s static methods look the provider up again on every
 * call through the ServiceLoader, which on Payara scans the class loaders' resources: at scale 10 that was 28 % of
 * the CPU of {@code GET /api/v1/me} (JFR), and a third of the outbox's before it kept its own. Use
 * {@code JSON.createObjectBuilder()} where the JSON-P tutorial writes {@code Json.createObjectBuilder()}.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
