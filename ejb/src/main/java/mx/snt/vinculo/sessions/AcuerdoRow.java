package mx.snt.vinculo.sessions;

import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.visibility.Visibility;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An acuerdo as lists and the acta show it. */
public record AcuerdoRow(long id, long sessionId, String number, String text, String result, int votesFor,
                          int votesAgainst, int abstentions, Instant adoptedAt) implements Serializable {
}
