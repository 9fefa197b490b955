package mx.snt.vinculo.sessions;

import java.io.Serializable;
import java.time.Instant;

/** An acuerdo as lists and the acta show it. */
public record AcuerdoRow(long id, long sessionId, String number, String text, String result, int votesFor,
                          int votesAgainst, int abstentions, Instant adoptedAt) implements Serializable {
}
