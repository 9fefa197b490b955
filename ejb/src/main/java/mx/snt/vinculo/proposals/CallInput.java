package mx.snt.vinculo.proposals;

import mx.snt.vinculo.library.Topic;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** What a commission types to open a call; bodyIds only when not open to every body. */
public record CallInput(String title, Topic topic, String description, boolean openToAll, Set<Long> bodyIds,
                        LocalDate opensOn, LocalDate closesOn) implements Serializable {
}
