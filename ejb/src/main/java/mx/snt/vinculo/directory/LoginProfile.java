package mx.snt.vinculo.directory;

import mx.snt.vinculo.security.Role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a token says about a person. The {@code groups} claim mixes Keycloak group paths
 * ({@code /organos/JAL}, {@code /comisiones/CVPDCS}, {@code /regiones/RCO}) and realm role
 * names ({@code secretario-tecnico}); order is not meaningful.
 */
public record LoginProfile(String username, String email, String firstName, String lastName, String locale,
                           List<String> groups) {

    public LoginProfile {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String g : groups) {
            Role.fromRealmName(g).ifPresent(roles::add);
        }
        return roles;
    }

    /** Workspace codes by type, from the group paths; the first body listed is the home body. */
    public Map<WorkspaceType, Set<String>> workspaceCodes() {
        Map<WorkspaceType, Set<String>> out = new LinkedHashMap<>();
        for (WorkspaceType t : WorkspaceType.values()) {
            out.put(t, new LinkedHashSet<>());
        }
        List<String> sorted = new ArrayList<>(groups);
        sorted.sort(null); // stable home body when a person has several
        for (String g : sorted) {
            String[] parts = g.split("/");
            if (parts.length == 3 && parts[0].isEmpty()) {
                for (WorkspaceType t : WorkspaceType.values()) {
                    if (parts[1].equals(t.groupRoot()) && !parts[2].isBlank()) {
                        out.get(t).add(parts[2]);
                    }
                }
            }
        }
        return out;
    }
}
