package mx.snt.vinculo.sessions;

import java.io.Serializable;

/** Another session named and linked from a page: "SO 04/2026 · Cuarta sesión ordinaria". */
public record SessionLink(long id, String label, String title) implements Serializable {

    static SessionLink of(SessionRow r) {
        return new SessionLink(r.id(), SessionRules.label(r.kind(), r.number(), r.year()), r.title());
    }

    /** How a select or a sentence names it. */
    public String name() {
        return label + " · " + title;
    }
}
