package mx.snt.vinculo.directory;

import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.workspaces.WorkspaceProfiles;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Institutional accounts as the profile editor takes them, and who may edit a public profile. */
class SocialNetworkTest {

    @Test
    void aHandleBecomesTheNetworksProfileAddress() {
        assertThat(SocialNetwork.X.account("@CVPDCS_SNT")).isEqualTo(new SocialNetwork.Account("@CVPDCS_SNT", "https://x.com/CVPDCS_SNT"));
        assertThat(SocialNetwork.YOUTUBE.account("cvpdcs")).isEqualTo(new SocialNetwork.Account("@cvpdcs", "https://www.youtube.com/@cvpdcs"));
    }

    @Test
    void anAddressMustBeHttpsOnTheNetworksOwnSite() {
        assertThat(SocialNetwork.X.account("https://twitter.com/cvpdcs_snt").handle()).isEqualTo("@cvpdcs_snt");
        assertThat(SocialNetwork.FACEBOOK.account("https://m.facebook.com/CVPDCS.SNT/").url()).isEqualTo("https://m.facebook.com/CVPDCS.SNT/");
        assertThat(SocialNetwork.YOUTUBE.account("https://www.youtube.com/@cvpdcs").handle()).isEqualTo("@cvpdcs");
        for (String bad : new String[]{"http://x.com/cvpdcs", "https://x.com.evil.mx/cvpdcs", "https://facebook.com/cvpdcs",
                "https://x.com/", "javascript:alert(1)", "https://user@x.com/cvpdcs", "https://x.com:8443/cvpdcs", "ftp://x.com/a"}) {
            assertThatThrownBy(() -> SocialNetwork.X.account(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .hasFieldOrPropertyWithValue("key", "workspace.social.url");
        }
        assertThatThrownBy(() -> SocialNetwork.X.account("  ")).hasFieldOrPropertyWithValue("key", "workspace.social.empty");
        assertThatThrownBy(() -> SocialNetwork.X.account("mal nombre")).hasFieldOrPropertyWithValue("key", "workspace.social.handle");
    }

    @Test
    void adminsAndTheUnitsOwnSecretaryEditItsProfile() {
        Caller admin = new Caller("ana", 1L, Set.of(Role.ADMIN), Set.of());
        Caller secretary = new Caller("sofia", 2L, Set.of(Role.SECRETARIO_TECNICO), Set.of(10L));
        Caller commissioner = new Caller("carlos", 3L, Set.of(Role.COMISIONADO), Set.of(10L));
        assertThat(WorkspaceProfiles.canEdit(admin, 10, WorkspaceType.COMMISSION)).isTrue();
        assertThat(WorkspaceProfiles.canEdit(secretary, 10, WorkspaceType.REGION)).isTrue();
        assertThat(WorkspaceProfiles.canEdit(secretary, 11, WorkspaceType.COMMISSION)).isFalse();
        assertThat(WorkspaceProfiles.canEdit(commissioner, 10, WorkspaceType.COMMISSION)).isFalse();
        assertThat(WorkspaceProfiles.canEdit(Caller.anonymous(), 10, WorkspaceType.COMMISSION)).isFalse();
        // A body or the network has no public profile page to edit.
        assertThat(WorkspaceProfiles.canEdit(admin, 10, WorkspaceType.BODY)).isFalse();
    }
}
