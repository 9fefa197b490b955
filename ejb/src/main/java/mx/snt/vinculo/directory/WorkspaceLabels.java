package mx.snt.vinculo.directory;

import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Workspaces' short labels by id, in one query, for list rows read without joining the workspace table: joined,
 * MariaDB started from the workspaces and sorted every visible row before it could page (see the sessions',
 * agreements' and proposals' repositories).
 */
public final class WorkspaceLabels {

    private WorkspaceLabels() {
    }

    /** The workspaces' codes (for example {@code CT-ST}) by id. */
    public static Map<Long, String> codes(EntityManager em, Collection<Long> ids) {
        return read(em, "code", ids);
    }

    /** The workspaces' acronyms (for example {@code INAI}) by id. */
    public static Map<Long, String> acronyms(EntityManager em, Collection<Long> ids) {
        return read(em, "acronym", ids);
    }

    private static Map<Long, String> read(EntityManager em, String field, Collection<Long> ids) {
        Map<Long, String> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT w.id, w." + field + " FROM Workspace w WHERE w.id IN :ids", Object[].class)
                    .setParameter("ids", List.copyOf(ids)).getResultList()) {
                byId.put((Long) r[0], (String) r[1]);
            }
        }
        return byId;
    }
}
