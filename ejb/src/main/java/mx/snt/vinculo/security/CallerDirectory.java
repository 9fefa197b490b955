package mx.snt.vinculo.security;

import java.util.Optional;

/**
 * Where a signed-in username is looked up (the directory implements it). An interface here so
 * that {@code security} knows nothing of the directory's entities: the arrow points down.
 */
public interface CallerDirectory {

    /** The person as the directory knows them, or empty if they have not signed in yet. */
    Optional<Caller> find(String username);
}
