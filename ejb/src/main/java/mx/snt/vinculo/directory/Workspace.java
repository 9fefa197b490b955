package mx.snt.vinculo.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;

/**
 * A unit of the directory — the network, a body, a commission or a region — and, one to
 * one, its workspace: items belong to it and members belong to it.
 */
@Entity
@Table(name = "workspace")
@NamedQuery(name = Workspace.BY_TYPE_AND_CODE, query = "SELECT u FROM Workspace u WHERE u.type = :type AND u.code = :code")
@NamedQuery(name = Workspace.COUNT, query = "SELECT COUNT(u) FROM Workspace u")
public class Workspace implements Serializable {
    // Pages keep workspaces (the choices of a form) in the view, which the web session carries between instances.
    private static final long serialVersionUID = 1L;

    public static final String BY_TYPE_AND_CODE = "Workspace.byTypeAndCode";
    public static final String COUNT = "Workspace.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WorkspaceType type;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String acronym;

    @Column(nullable = false, length = 400)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind", length = 32)
    private BodyKind bodyKind;

    @Column(name = "state_name", length = 100)
    private String stateName;

    @Column(nullable = false)
    private boolean active = true;

    /** What a commission or region is for, as its public page says it (plain text). */
    @Column(length = 2000)
    private String description;

    /** Who coordinates it (a commissioner and their body, as text). */
    @Column(length = 300)
    private String coordinator;

    @Column(name = "technical_secretary", length = 300)
    private String technicalSecretary;

    @Version
    private long version;

    protected Workspace() {
    }

    public Workspace(WorkspaceType type, String code, String acronym, String name, BodyKind bodyKind, String stateName) {
        this.type = type;
        this.code = code;
        this.acronym = acronym;
        this.name = name;
        this.bodyKind = bodyKind;
        this.stateName = stateName;
    }

    public Long getId() { return id; }
    public WorkspaceType getType() { return type; }
    public String getCode() { return code; }
    public String getAcronym() { return acronym; }
    public String getName() { return name; }
    public BodyKind getBodyKind() { return bodyKind; }
    public String getStateName() { return stateName; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
    public String getDescription() { return description; }
    public String getCoordinator() { return coordinator; }
    public String getTechnicalSecretary() { return technicalSecretary; }

    /** What the public page says about the unit; blank values clear. */
    public void describe(String description, String coordinator, String technicalSecretary) {
        this.description = blankToNull(description, 2000);
        this.coordinator = blankToNull(coordinator, 300);
        this.technicalSecretary = blankToNull(technicalSecretary, 300);
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new mx.snt.vinculo.common.ValidationException("workspace.text.tooLong", max);
        }
        return v;
    }

    void rename(String acronym, String name) {
        this.acronym = acronym;
        this.name = name;
    }

    void setBodyKind(BodyKind bodyKind) { this.bodyKind = bodyKind; }
    void setActive(boolean active) { this.active = active; }
}
