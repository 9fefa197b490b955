package mx.snt.vinculo.visibility;

import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SuppressWarnings("unchecked")
class VisibilityRuleTest {

    private static final long JAL = 10, NL = 20, CVPDCS = 30;
    private final Caller jalStaff = new Caller("mario.personal", 1L, Set.of(Role.PERSONAL), Set.of(JAL, CVPDCS));
    private final Caller nlStaff = new Caller("pedro.personal", 2L, Set.of(Role.PERSONAL), Set.of(NL));
    private final Caller admin = new Caller("ana.admin", 3L, Set.of(Role.ADMIN), Set.of(99L));
    private final Caller publicVisitor = Caller.anonymous();

    @Test
    void publicItemsAreSeenByEveryoneIncludingThePublic() {
        for (Caller c : List.of(jalStaff, nlStaff, admin, publicVisitor)) {
            assertThat(VisibilityRule.canSee(c, JAL, Visibility.PUBLIC)).isTrue();
        }
    }

    @Test
    void networkItemsAreSeenBySignedInMembersOnly() {
        assertThat(VisibilityRule.canSee(nlStaff, JAL, Visibility.NETWORK)).isTrue();
        assertThat(VisibilityRule.canSee(publicVisitor, JAL, Visibility.NETWORK)).isFalse();
    }

    @Test
    void privateItemsAreSeenByMembersOfTheirWorkspaceOnly() {
        assertThat(VisibilityRule.canSee(jalStaff, JAL, Visibility.PRIVATE)).isTrue();
        assertThat(VisibilityRule.canSee(jalStaff, CVPDCS, Visibility.PRIVATE)).isTrue();
        assertThat(VisibilityRule.canSee(nlStaff, JAL, Visibility.PRIVATE)).isFalse();
        assertThat(VisibilityRule.canSee(publicVisitor, JAL, Visibility.PRIVATE)).isFalse();
    }

    @Test
    void adminsGetNoBackdoorToPrivateItems() {
        assertThat(VisibilityRule.canSee(admin, JAL, Visibility.PRIVATE)).isFalse();
    }

    @Test
    void aForbiddenItemIsNotFound() {
        assertThatThrownBy(() -> VisibilityRule.check(nlStaff, JAL, Visibility.PRIVATE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListFilterSaysTheSameAsThePredicate() {
        VisibilityRule.Filter anonymous = VisibilityRule.filter(publicVisitor, "d");
        assertThat(anonymous.jpql()).isEqualTo("d.visibility = :vrPublic");
        assertThat(anonymous.parameters()).containsEntry("vrPublic", Visibility.PUBLIC);

        VisibilityRule.Filter jal = VisibilityRule.filter(jalStaff, "d");
        assertThat(jal.jpql()).contains("d.visibility IN :vrShared").contains("d.workspace.id IN :vrWorkspaces");
        assertThat(jal.parameters().get("vrShared")).isEqualTo(List.of(Visibility.PUBLIC, Visibility.NETWORK));
        assertThat((List<Object>) jal.parameters().get("vrWorkspaces")).containsExactlyInAnyOrder(JAL, CVPDCS);
    }

    @Test
    void aSignedInPersonWithoutWorkspacesMatchesNoPrivateItem() {
        Caller newcomer = new Caller("nuevo", null, Set.of(), Set.of());
        assertThat((List<Object>) VisibilityRule.filter(newcomer, "d").parameters().get("vrWorkspaces")).containsExactly(-1L);
        assertThat(VisibilityRule.canSee(newcomer, JAL, Visibility.PRIVATE)).isFalse();
    }
}
