package mx.snt.vinculo.home;

import java.io.Serializable;
import java.util.List;

/** A section of the home: how many items wait in all and the first few. */
public record PendingSection(HomeSection section, long total, List<PendingItem> items) implements Serializable {

    public boolean nothing() {
        return total == 0;
    }

    /** More than the items shown. */
    public boolean more() {
        return total > items.size();
    }
}
