package mx.snt.vinculo.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The secret in a person's private calendar feed URL; revoking it kills the URL. */
@Entity
@Table(name = "calendar_token")
public class CalendarToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 150)
    private String username;

    @Column(nullable = false, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarToken() {
    }

    CalendarToken(String username, String token, Instant now) {
        this.username = username;
        this.token = token;
        this.createdAt = now;
    }

    public String getUsername() { return username; }
    public String getToken() { return token; }
    public Instant getRevokedAt() { return revokedAt; }

    void revoke(Instant now) {
        this.revokedAt = now;
    }
}
