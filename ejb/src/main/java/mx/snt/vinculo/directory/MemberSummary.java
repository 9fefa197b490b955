package mx.snt.vinculo.directory;

import java.io.Serializable;

/** A person as the directory lists them. */
public record MemberSummary(long id, String username, String displayName, String email, String homeBody)
        implements Serializable {
}
