package mx.snt.vinculo.web.workspaces;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.SocialNetwork;
import mx.snt.vinculo.workspaces.ProfileInput;
import mx.snt.vinculo.workspaces.WorkspaceProfile;
import mx.snt.vinculo.workspaces.WorkspaceProfiles;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor of a commission's or region's public profile ({@code /espacios/perfil.xhtml?id=}): description,
 * coordinator, technical secretary, member bodies and institutional accounts (the listed ones and two empty
 * rows to add more; an emptied row is removed). Loads in one call, saves in one call.
 */
@Named
@ViewScoped
public class WorkspaceProfileForm implements Serializable {

    private static final int EMPTY_ROWS = 2;

    @EJB
    private WorkspaceProfiles profiles;

    private String id;
    private WorkspaceProfile profile;
    private String description;
    private String coordinator;
    private String technicalSecretary;
    private List<String> bodyIds = new ArrayList<>();
    private final List<Row> social = new ArrayList<>();

    /** One account row: its network and the handle or address typed. */
    public static class Row implements Serializable {
        private String network;
        private String account;

        Row(String network, String account) {
            this.network = network;
            this.account = account;
        }

        public String getNetwork() { return network; }
        public void setNetwork(String network) { this.network = network; }
        public String getAccount() { return account; }
        public void setAccount(String account) { this.account = account; }
    }

    public void load() {
        Long wsId = NotFound.id(id);
        if (wsId == null) {
            NotFound.send();
            return;
        }
        try {
            show(profiles.profile(wsId));
        } catch (NotFoundException | ForbiddenException e) {
            // Someone who may not edit it gets the same answer as for no such workspace.
            NotFound.send();
        }
    }

    private void show(WorkspaceProfile p) {
        profile = p;
        description = p.description();
        coordinator = p.coordinator();
        technicalSecretary = p.technicalSecretary();
        bodyIds = new ArrayList<>(p.bodyIds().stream().map(String::valueOf).toList());
        social.clear();
        p.social().forEach(s -> social.add(new Row(s.network(), s.url())));
        for (int i = 0; i < EMPTY_ROWS; i++) {
            social.add(new Row(null, null));
        }
    }

    public void save() {
        try {
            List<Long> bodies = bodyIds.stream().map(Long::valueOf).toList();
            List<ProfileInput.Account> accounts = social.stream().map(r -> new ProfileInput.Account(r.network, r.account)).toList();
            profiles.save(profile.id(), profile.version(), new ProfileInput(description, coordinator, technicalSecretary, bodies, accounts));
            show(profiles.profile(profile.id()));
            Messages.info("pub.profile.saved");
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException d) {
                Messages.error(d);
            } else {
                throw e;
            }
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public SocialNetwork[] getNetworks() { return SocialNetwork.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public WorkspaceProfile getProfile() { return profile; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCoordinator() { return coordinator; }
    public void setCoordinator(String coordinator) { this.coordinator = coordinator; }
    public String getTechnicalSecretary() { return technicalSecretary; }
    public void setTechnicalSecretary(String technicalSecretary) { this.technicalSecretary = technicalSecretary; }
    public List<String> getBodyIds() { return bodyIds; }
    public void setBodyIds(List<String> bodyIds) { this.bodyIds = bodyIds == null ? new ArrayList<>() : new ArrayList<>(bodyIds); }
    public List<Row> getSocial() { return social; }
}
