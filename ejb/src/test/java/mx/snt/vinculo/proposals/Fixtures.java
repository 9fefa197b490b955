package mx.snt.vinculo.proposals;

import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.library.Topic;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

/** Aggregates as the database would hand them over (ids set), for tests without a container. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-29T16:00:00Z");

    private Fixtures() {
    }

    static Workspace workspace(WorkspaceType type, String code, long id) {
        return withId(new Workspace(type, code, code, code, null, null), id);
    }

    static Proposal proposal(Workspace commission, Workspace body) {
        return withId(new Proposal(null, commission, body, "mario", new Proposal.Content("Ferias", "Resumen",
                "<p>Texto</p>", Topic.ARCHIVES), List.of(), NOW), 7L);
    }

    static <T> T withId(T entity, long id) {
        try {
            Class<?> c = entity.getClass();
            while (c != null) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals("id")) {
                        f.setAccessible(true);
                        f.set(entity, id);
                        return entity;
                    }
                }
                c = c.getSuperclass();
            }
            throw new IllegalArgumentException("no id field");
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
