package mx.snt.vinculo.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.common.KeptAnswers;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.security.Caller;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Builds the library's DTOs ({@link EntryDetail}, {@link EntryRow}) from the entries. */
@Stateless
public class LibraryAssembler {

    static final int ROW_SUMMARY = 280;

    @EJB
    private LibraryRepository repository;

    /** The entry's page as {@code caller} sees it. */
    public EntryDetail detail(LibraryEntry e, Caller caller) {
        List<EntryDetail.FileItem> files = repository.files(e.getId()).stream()
                .map(r -> new EntryDetail.FileItem(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ((Number) r[3]).longValue()))
                .toList();
        List<EntryDetail.Adoption> adoptions = repository.adoptions(e.getId()).stream()
                .map(a -> new EntryDetail.Adoption(a.getBody().getId(), a.getBody().getAcronym(), a.getAdoptedOn(), a.getNote(),
                        a.getUsername(), a.getEvidenceFileId()))
                .toList();
        Workspace home = repository.homeBody(caller);
        boolean canAdopt = home != null && adoptions.stream().noneMatch(a -> a.bodyId() == home.getId());
        List<Topic> topics = List.copyOf(new TreeSet<>(e.getTopics()));
        return new EntryDetail(e.getId(), e.getWorkspace().getId(), e.getWorkspace().getAcronym(), e.getWorkspace().getName(),
                e.getTitle(), e.getAuthors(), e.getYear(), e.getType(), topics, e.getKeywords(), e.getSummary(),
                e.getLanguage(), e.getLicence(), e.linkList(), e.getVisibility(), e.getDownloads(), e.getProposalId(),
                e.getCreatedBy(), e.getCreatedAt(), e.getUpdatedAt(), e.getVersion(),
                caller.signedIn() && caller.memberOf(e.getWorkspace().getId()), files, adoptions, canAdopt);
    }

    /**
     * The rows of {@code ids}, in that order, with their relevance {@code scores} (0 when absent). Kept while the data
     * does not change ({@link KeptAnswers}): the ids come from a search that already applied the caller's visibility,
     * and a row says the same to everyone who may see it; reading the entries and their topics was a seventh of the
     * library's search page at national scale.
     */
    public List<EntryRow> rows(List<Long> ids, Map<Long, Long> scores) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return KeptAnswers.get("library rows\u0000" + ids + "\u0000" + scores, () -> read(ids, scores));
    }

    private List<EntryRow> read(List<Long> ids, Map<Long, Long> scores) {
        Map<Long, LibraryEntry> byId = repository.byId(ids);
        Map<Long, Set<Topic>> topics = repository.topicsOf(ids);
        List<EntryRow> out = new ArrayList<>();
        for (Long id : ids) {
            LibraryEntry e = byId.get(id);
            if (e != null) {
                out.add(new EntryRow(e.getId(), e.getTitle(), e.getAuthors(), e.getWorkspace().getId(),
                        e.getWorkspace().getAcronym(), e.getYear(), e.getType(), e.getVisibility(), e.getAdoptionCount(),
                        e.getDownloads(), shorten(e.getSummary(), ROW_SUMMARY),
                        List.copyOf(topics.getOrDefault(id, Set.of())), scores.getOrDefault(id, 0L)));
            }
        }
        return List.copyOf(out);
    }

    private static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
