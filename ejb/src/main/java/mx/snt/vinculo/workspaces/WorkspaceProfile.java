package mx.snt.vinculo.workspaces;

import java.io.Serializable;
import java.util.List;

/**
 * A commission's or region's public profile as its editor shows it: what the public page says about it, the
 * bodies that make it up (ids, with every body to choose from) and its institutional social accounts in order.
 */
public record WorkspaceProfile(long id, String type, String code, String acronym, String name, long version,
                               String description, String coordinator, String technicalSecretary, List<Long> bodyIds,
                               List<Social> social, List<BodyOption> bodies, String publicPath) implements Serializable {

    /** One account: its network (X, FACEBOOK…), handle and address. */
    public record Social(String network, String handle, String url) implements Serializable {
    }

    /** A body that can be a member. */
    public record BodyOption(long id, String acronym, String name, String stateName) implements Serializable {
    }
}
