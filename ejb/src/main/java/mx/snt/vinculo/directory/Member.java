package mx.snt.vinculo.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import mx.snt.vinculo.security.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A person of the network, as the last login told us (Keycloak is the source). */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_USERNAME, query = "SELECT m FROM Member m WHERE m.username = :username")
@NamedQuery(name = Member.WORKSPACE_IDS, query = "SELECT ms.workspace.id FROM Membership ms WHERE ms.member.id = :member")
public class Member {
    public static final String BY_USERNAME = "Member.byUsername";
    public static final String WORKSPACE_IDS = "Member.workspaceIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 150, unique = true)
    private String username;

    @Column(length = 255)
    private String email;

    @Column(name = "first_name", length = 150)
    private String firstName;

    @Column(name = "last_name", length = 150)
    private String lastName;

    @Column(length = 10)
    private String locale;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_body_id")
    private Workspace homeBody;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "last_login")
    private Instant lastLogin;

    @Version
    private long version;

    protected Member() {
    }

    public Member(String username) {
        this.username = username;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getLocale() { return locale; }
    public Workspace getHomeBody() { return homeBody; }
    public Set<Role> getRoles() { return roles; }
    public Instant getLastLogin() { return lastLogin; }

    public String getDisplayName() {
        return displayName(username, firstName, lastName);
    }

    /** "Given Family", or the username when the token carried no names. */
    public static String displayName(String username, String firstName, String lastName) {
        String full = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip())).strip();
        return full.isEmpty() ? username : full;
    }

    /** True if the token says something the directory does not know yet. */
    boolean differsFrom(String email, String firstName, String lastName, String locale, Workspace homeBody, Set<Role> roles) {
        return !java.util.Objects.equals(this.email, email) || !java.util.Objects.equals(this.firstName, firstName)
                || !java.util.Objects.equals(this.lastName, lastName) || !java.util.Objects.equals(this.locale, locale)
                || !java.util.Objects.equals(this.homeBody == null ? null : this.homeBody.getId(), homeBody == null ? null : homeBody.getId())
                || !this.roles.equals(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    void updateProfile(String email, String firstName, String lastName, String locale, Workspace homeBody,
                       Set<Role> roles, Instant lastLogin) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.locale = locale;
        this.homeBody = homeBody;
        this.roles.clear();
        this.roles.addAll(roles);
        this.lastLogin = lastLogin;
    }

    /** A person known by name before their first sign-in (the demo's accounts): the first login brings the rest. */
    static Member named(String username, String email, String firstName, String lastName) {
        Member m = new Member(username);
        m.email = email;
        m.firstName = firstName;
        m.lastName = lastName;
        return m;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }
}
