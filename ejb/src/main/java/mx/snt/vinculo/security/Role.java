package mx.snt.vinculo.security;

import java.util.Optional;

/** The realm roles of the design, by their Keycloak names. */
public enum Role {
    ADMIN("admin"),
    COMISIONADO("comisionado"),
    SECRETARIO_TECNICO("secretario-tecnico"),
    PERSONAL("personal"),
    JURIDICO("juridico");

    private final String realmName;

    Role(String realmName) {
        this.realmName = realmName;
    }

    public String realmName() {
        return realmName;
    }

    public static Optional<Role> fromRealmName(String name) {
        for (Role r : values()) {
            if (r.realmName.equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
