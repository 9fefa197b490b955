package mx.snt.vinculo.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One search term of an entry and its weight (sum of the weights of the fields it appears in). */
@Entity
@Table(name = "library_term")
@IdClass(LibraryTerm.Key.class)
public class LibraryTerm {
    @Id
    @Column(name = "entry_id")
    private long entryId;
    @Id
    @Column(length = 64)
    private String term;
    @Column(nullable = false)
    private int weight;

    protected LibraryTerm() {
    }

    LibraryTerm(long entryId, String term, int weight) {
        this.entryId = entryId;
        this.term = term;
        this.weight = weight;
    }

    public long getEntryId() { return entryId; }
    public String getTerm() { return term; }
    public int getWeight() { return weight; }

    /** The composite key. */
    public static class Key implements Serializable {
        public long entryId;
        public String term;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.entryId == entryId && java.util.Objects.equals(k.term, term);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(entryId, term);
        }
    }
}
