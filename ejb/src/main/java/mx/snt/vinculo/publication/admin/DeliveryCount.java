package mx.snt.vinculo.publication.admin;

import mx.snt.vinculo.publication.DeliveryState;

import java.io.Serializable;

/** How many records of a body and format are in a delivery state. */
public record DeliveryCount(String body, String formatId, DeliveryState state, long count) implements Serializable {
}
