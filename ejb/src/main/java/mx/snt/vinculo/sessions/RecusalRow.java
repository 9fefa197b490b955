package mx.snt.vinculo.sessions;

import java.io.Serializable;

/** A member who recused themselves from an item, and why (null: no reason given). */
public record RecusalRow(long memberId, String name, String reason) implements Serializable {
}
