package mx.snt.vinculo.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What every editable aggregate carries: the optimistic-lock version (so concurrent edits
 * conflict instead of overwriting each other) and when it last changed.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected VersionedEntity() {
    }

    protected VersionedEntity(Instant now) {
        this.updatedAt = now;
    }

    /** Marks a change made at {@code now}. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** Refuses a change made from a stale view of this aggregate. */
    public void checkVersion(long expected) {
        if (expected != version) {
            throw new ConflictException();
        }
    }
}
