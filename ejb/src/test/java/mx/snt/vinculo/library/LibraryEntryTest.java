package mx.snt.vinculo.library;

import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.visibility.Visibility;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A library entry guards its metadata, its visibility changes and its adoptions (no container). */
class LibraryEntryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z"); // still 30 Nov in Mexico City
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private final Workspace jal = body("JAL", 20L);
    private final Workspace nl = body("NL", 21L);

    private static EntryInput input(Integer year, Visibility visibility) {
        return new EntryInput(" Guía ", "Ana López", year, EntryType.GUIDE, EnumSet.of(Topic.ARCHIVES), "archivos",
                "Resumen", "", "", "https://snt.org.mx/a https://snt.org.mx/b", visibility);
    }

    @Test
    void aNewEntryIsCheckedAndRecordsWhoWroteIt() {
        LibraryEntry e = new LibraryEntry(jal, input(2026, Visibility.NETWORK), "ana", NOW);
        assertThat(e.getTitle()).isEqualTo("Guía");
        assertThat(e.getCreatedBy()).isEqualTo("ana");
        assertThat(e.getCreatedAt()).isEqualTo(NOW);
        assertThat(e.getUpdatedAt()).isEqualTo(NOW);
        assertThat(e.linkList()).containsExactly("https://snt.org.mx/a", "https://snt.org.mx/b");
        assertThatThrownBy(() -> new LibraryEntry(jal, input(2026, null), "ana", NOW))
                .hasMessage("library.visibility.required");
        assertThatThrownBy(() -> new LibraryEntry(jal, null, "ana", NOW)).hasMessage("library.title.required");
    }

    @Test
    void theYearRunsToNextYearInMexicoCity() {
        // On 1 Dec 03:00 UTC it is still 2026 in Mexico City: 2027 is the last year allowed.
        new LibraryEntry(jal, input(2027, Visibility.NETWORK), "ana", NOW);
        assertThatThrownBy(() -> new LibraryEntry(jal, input(2028, Visibility.NETWORK), "ana", NOW))
                .isInstanceOf(ValidationException.class).hasMessage("library.year.invalid");
        assertThatThrownBy(() -> new LibraryEntry(jal, input(null, Visibility.NETWORK), "ana", NOW))
                .hasMessage("library.year.invalid");
    }

    @Test
    void anEditIsCheckedAgainstTheVersionReadAndSaysWhatItMeansForThePnt() {
        LibraryEntry e = new LibraryEntry(jal, input(2024, Visibility.NETWORK), "ana", NOW);
        assertThatThrownBy(() -> e.edit(4, input(2024, Visibility.PUBLIC), NOW)).isInstanceOf(ConflictException.class);
        assertThat(e.getVisibility()).isEqualTo(Visibility.NETWORK);
        assertThatThrownBy(() -> e.edit(0, input(1800, Visibility.PUBLIC), NOW)).hasMessage("library.year.invalid");

        Visibility before = e.edit(0, input(2024, Visibility.PUBLIC), NOW.plusSeconds(60));
        assertThat(e.publicationSince(before)).isEqualTo(LibraryEntry.Publication.PUBLISH);
        assertThat(e.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
        before = e.edit(0, input(2024, Visibility.PUBLIC), NOW);
        assertThat(e.publicationSince(before)).isEqualTo(LibraryEntry.Publication.PUBLISH);
        before = e.edit(0, input(2024, Visibility.PRIVATE), NOW);
        assertThat(e.publicationSince(before)).isEqualTo(LibraryEntry.Publication.WITHDRAW);
        before = e.edit(0, input(2024, Visibility.NETWORK), NOW);
        assertThat(e.publicationSince(before)).isEqualTo(LibraryEntry.Publication.NONE);
        assertThat(e.publicationSince(null)).isEqualTo(LibraryEntry.Publication.NONE);
    }

    @Test
    void aBodyAdoptsOnceOnADayNotInTheFuture() {
        LibraryEntry e = withId(new LibraryEntry(jal, input(2024, Visibility.NETWORK), "ana", NOW), LibraryEntry.class, 3L);
        LibraryAdoption a = e.adoptBy(nl, false, TODAY, "  La aplicamos  ", "pedro", TODAY, NOW);
        assertThat(a.getBody()).isSameAs(nl);
        assertThat(a.getEntryId()).isEqualTo(3L);
        assertThat(a.getNote()).isEqualTo("La aplicamos");
        assertThat(a.getAdoptedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> e.adoptBy(nl, true, TODAY, "", "pedro", TODAY, NOW))
                .hasMessage("library.adoption.duplicate");
        assertThatThrownBy(() -> e.adoptBy(nl, false, TODAY.plusDays(1), "", "pedro", TODAY, NOW))
                .hasMessage("library.adoption.date.future");
        assertThatThrownBy(() -> e.adoptBy(nl, false, null, "", "pedro", TODAY, NOW))
                .hasMessage("library.adoption.date.required");
        assertThatThrownBy(() -> e.adoptBy(nl, false, TODAY, "x".repeat(1_001), "pedro", TODAY, NOW))
                .hasMessage("library.adoption.note.tooLong");
        assertThatThrownBy(() -> e.adoptBy(nl, false, TODAY, "<script>x</script>", "pedro", TODAY, NOW))
                .hasMessage("library.script");
    }

    @Test
    void anEntryComesFromOneProposalAtMost() {
        LibraryEntry e = new LibraryEntry(jal, input(2024, Visibility.NETWORK), "ana", NOW);
        e.linkProposal(4L);
        assertThat(e.getProposalId()).isEqualTo(4L);
        assertThatThrownBy(() -> e.linkProposal(5L)).hasMessage("proposal.library.already");
    }

    private static Workspace body(String code, long id) {
        return withId(new Workspace(WorkspaceType.BODY, code, code, code, null, null), Workspace.class, id);
    }

    /** As the database hands it over, with its id. */
    private static <T> T withId(T entity, Class<T> type, long id) {
        try {
            Field f = type.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return entity;
    }
}
