package mx.snt.vinculo.proposals;

import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;

/** Who acts for a commission on its calls and proposals. */
public final class ProposalRoles {

    private ProposalRoles() {
    }

    /** The commission's secretary: secretario-tecnico and member of the commission; or an admin. */
    public static boolean secretaryOf(Caller caller, long commissionId) {
        return caller.signedIn() && (caller.has(Role.ADMIN)
                || (caller.has(Role.SECRETARIO_TECNICO) && caller.memberOf(commissionId)));
    }
}
