package mx.snt.vinculo.home;

import java.io.Serializable;
import java.util.List;

/** The caller's home: the sections of pending work, then what changed recently. */
public record PendingWorkHome(List<PendingSection> sections, List<RecentItem> recent) implements Serializable {

    public long pendingTotal() {
        return sections.stream().mapToLong(PendingSection::total).sum();
    }
}
