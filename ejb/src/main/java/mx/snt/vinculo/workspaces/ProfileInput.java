package mx.snt.vinculo.workspaces;

import java.io.Serializable;
import java.util.List;

/**
 * What the profile editor sends: the texts, the member bodies' ids, and each account as its network and what
 * the person typed (a handle or an https address on that network).
 */
public record ProfileInput(String description, String coordinator, String technicalSecretary, List<Long> bodyIds,
                           List<Account> social) implements Serializable {

    public record Account(String network, String account) implements Serializable {
    }
}
