package mx.snt.vinculo.web.workspaces;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.SocialNetwork;
import mx.snt.vinculo.workspaces.ProfileInput;
import mx.snt.vinculo.workspaces.WorkspaceProfile;
import mx.snt.vinculo.workspaces.WorkspaceProfiles;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    /** Converted by the page's Long converter: without one, Faces fills this list with whatever the items' values are. */
    private List<Long> bodyIds = new ArrayList<>();
    private final List<Row> social = new ArrayList<>();

    /** One account row: its network, the handle or address typed, and what is wrong with it (shown next to it). */
    public static class Row implements Serializable {
        private String network;
        private String account;
        private String error;

        Row(String network, String account) {
            this.network = network;
            this.account = account;
        }

        /**
         * What the service would refuse in this row, checked with the same rule ({@link SocialNetwork#account}) so the
         * message can stand next to its field; an empty row is no account.
         */
        DomainException problem() {
            boolean noNetwork = network == null || network.isBlank();
            boolean noAccount = account == null || account.isBlank();
            if (noNetwork && noAccount) {
                return null;
            }
            if (noNetwork) {
                return new ValidationException("workspace.social.network", account.strip());
            }
            try {
                SocialNetwork.valueOf(network.strip().toUpperCase(Locale.ROOT)).account(account);
                return null;
            } catch (DomainException e) {
                return e;
            } catch (IllegalArgumentException e) {
                return new ValidationException("workspace.social.network", network);
            }
        }

        public String getError() { return error; }

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
        bodyIds = new ArrayList<>(p.bodyIds());
        social.clear();
        p.social().forEach(s -> social.add(new Row(s.network(), s.url())));
        for (int i = 0; i < EMPTY_ROWS; i++) {
            social.add(new Row(null, null));
        }
    }

    public void save() {
        // Each refused account is named next to its own field; nothing is saved while one is.
        FacesContext fc = FacesContext.getCurrentInstance();
        boolean refused = false;
        for (Row r : social) {
            DomainException problem = r.problem();
            r.error = problem == null ? null : Texts.get(fc.getViewRoot().getLocale(), problem.key(), problem.args());
            refused |= problem != null;
        }
        if (refused) {
            fc.validationFailed();
            Messages.add(FacesMessage.SEVERITY_ERROR, "pub.profile.refused");
            return;
        }
        try {
            List<Long> bodies = List.copyOf(bodyIds);
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
    public List<Long> getBodyIds() { return bodyIds; }
    public void setBodyIds(List<Long> bodyIds) { this.bodyIds = bodyIds == null ? new ArrayList<>() : new ArrayList<>(bodyIds); }
    public List<Row> getSocial() { return social; }
}
