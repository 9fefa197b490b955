package mx.snt.vinculo.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/** A versioned aggregate that also records who created it and when. */
@MappedSuperclass
public abstract class AuthoredEntity extends VersionedEntity {

    @Column(name = "created_by", nullable = false, length = 150)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AuthoredEntity() {
    }

    protected AuthoredEntity(String createdBy, Instant now) {
        super(now);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
