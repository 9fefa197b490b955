package mx.snt.vinculo.proposals;

import mx.snt.vinculo.library.Topic;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A call as lists, its page and the API show it; open is computed from today's date. */
public record CallDetail(long id, long commissionId, String commissionAcronym, String title, Topic topic,
                       String description, boolean openToAll, List<String> bodies, LocalDate opensOn,
                       LocalDate closesOn, boolean open, long proposals) implements Serializable {
}
