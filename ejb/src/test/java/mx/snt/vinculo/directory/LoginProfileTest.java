package mx.snt.vinculo.directory;

import mx.snt.vinculo.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoginProfileTest {

    @Test
    void groupsClaimSplitsIntoRolesAndWorkspaces() {
        LoginProfile p = new LoginProfile("sofia.secretaria", "s@x", "Sofía", "Ramírez", "es",
                List.of("/comisiones/CVPDCS", "secretario-tecnico", "/organos/JAL", "/regiones/RCO", "offline_access", "/otros/X"));
        assertThat(p.roles()).containsExactly(Role.SECRETARIO_TECNICO);
        assertThat(p.workspaceCodes().get(WorkspaceType.BODY)).containsExactly("JAL");
        assertThat(p.workspaceCodes().get(WorkspaceType.COMMISSION)).containsExactly("CVPDCS");
        assertThat(p.workspaceCodes().get(WorkspaceType.REGION)).containsExactly("RCO");
        assertThat(p.workspaceCodes().get(WorkspaceType.NETWORK)).isEmpty();
    }

    @Test
    void noGroupsMeansNoRolesAndNoWorkspaces() {
        LoginProfile p = new LoginProfile("x", null, null, null, null, null);
        assertThat(p.roles()).isEmpty();
        assertThat(p.workspaceCodes().values()).allMatch(java.util.Set::isEmpty);
    }
}
