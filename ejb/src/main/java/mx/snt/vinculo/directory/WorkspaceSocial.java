package mx.snt.vinculo.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An institutional social account of a workspace (a commission's X account, its YouTube channel). */
@Entity
@Table(name = "workspace_social")
public class WorkspaceSocial {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "workspace_id") private Workspace workspace;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private SocialNetwork network;
    @Column(nullable = false, length = 100) private String handle;
    @Column(nullable = false, length = 500) private String url;
    @Column(name = "position_no", nullable = false) private int position;

    protected WorkspaceSocial() {
    }

    /** An account by its handle; the address is the network's profile address for it. */
    public WorkspaceSocial(Workspace workspace, SocialNetwork network, String handle, int position) {
        this.workspace = workspace;
        this.network = network;
        this.url = network.profile(handle);
        this.handle = handle.strip().startsWith("@") ? handle.strip() : "@" + handle.strip();
        this.position = position;
    }

    /** An account the profile editor checked ({@link SocialNetwork#account}). */
    public WorkspaceSocial(Workspace workspace, SocialNetwork network, SocialNetwork.Account account, int position) {
        this.workspace = workspace;
        this.network = network;
        this.handle = account.handle();
        this.url = account.url();
        this.position = position;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public SocialNetwork getNetwork() { return network; }
    public String getHandle() { return handle; }
    public String getUrl() { return url; }
    public int getPosition() { return position; }
}
