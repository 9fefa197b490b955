package mx.snt.vinculo.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit event as pages and the API show it. {@code restricted}: the caller may not see the
 * item, so the entry keeps the action, the time and who, but neither the detail nor the item.
 * {@code person}: the name of the person the detail is about ("member 12": who asked for the floor, voted, was
 * marked present), or null.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, long entityId, String action,
                         String fromState, String toState, String detail, boolean restricted, String actorName,
                         String person)
        implements Serializable {

    /** How a detail names a person: by member id, as the sessions' events record them. */
    static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile("\\bmember (\\d+)\\b");

    /** {@code actorName}: how pages name the actor (given and family name, or the actor as recorded). */
    static AuditEntry of(AuditEvent e, boolean visible, String actorName, java.util.Map<Long, String> people) {
        return visible
                ? new AuditEntry(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), e.getEntityId(),
                        e.getAction(), e.getFromState(), e.getToState(), e.getDetail(), false, actorName,
                        personIn(e.getDetail()).map(people::get).orElse(null))
                : new AuditEntry(e.getId(), e.getOccurredAt(), e.getActor(), e.getEntityType(), 0L,
                        e.getAction(), null, null, null, true, actorName, null);
    }

    /** The member id a detail names, if it names one. */
    static java.util.Optional<Long> personIn(String detail) {
        java.util.regex.Matcher m = detail == null ? null : PERSON.matcher(detail);
        return m != null && m.find() ? java.util.Optional.of(Long.parseLong(m.group(1))) : java.util.Optional.empty();
    }
}
