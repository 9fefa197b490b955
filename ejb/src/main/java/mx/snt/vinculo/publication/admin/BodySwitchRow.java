package mx.snt.vinculo.publication.admin;

import java.io.Serializable;

/** A body's web-service switch and the unit's email that hears about failed deliveries. */
public record BodySwitchRow(long bodyId, String code, String name, boolean enabled, String email) implements Serializable {
}
