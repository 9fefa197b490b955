package mx.snt.vinculo.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where a signed-in username is looked up (the directory implements it). An interface here so
 * that {@code security} knows nothing of the directory's entities: the arrow points down.
 */
public interface CallerDirectory {

    /** The person as the directory knows them, or empty if they have not signed in yet. */
    Optional<Caller> find(String username);

    /**
     * How pages name these people: given and family name as the token gave them at sign-in (the
     * username of someone the directory does not know, or "sistema", stays as it is). One query
     * for the whole list, so a history of any length costs the same.
     */
    Map<String, String> displayNames(Collection<String> usernames);

    /** The same names by member id (an audit detail names a person by id, so that a renamed person reads right). */
    Map<Long, String> displayNamesOfMembers(Collection<Long> memberIds);
}
