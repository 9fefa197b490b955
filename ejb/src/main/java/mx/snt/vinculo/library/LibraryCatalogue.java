package mx.snt.vinculo.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileKind;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue: members of a body write its entries, edit them, attach files; a public entry
 * is published to the PNT and withdrawn when it stops being public; anyone who may see an
 * entry reads it and downloads its files.
 */
@Stateless
public class LibraryCatalogue {

    @EJB
    private Callers callers;
    @EJB
    private LibraryRepository repository;
    @EJB
    private LibraryAssembler assembler;
    @EJB
    private LibraryEvents events;
    @EJB
    private AuditTrail audit;
    @EJB
    private FileStore files;
    @Inject
    private Clock clock;

    /** Members of a workspace write its entries. */
    public EntryDetail create(long workspaceId, EntryInput in) {
        Caller caller = callers.current();
        Workspace w = repository.workspace(workspaceId);
        if (w == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        if (!caller.memberOf(workspaceId)) {
            throw new ForbiddenException();
        }
        LibraryEntry e = save(new LibraryEntry(w, in, caller.username(), clock.instant()), Map.of(), caller.username());
        audit.record(caller, "LibraryEntry", e.getId(), "library.create", null, e.getVisibility().name(), e.getTitle(), AuditScope.of(e.getWorkspace().getId(), e.getVisibility()));
        events.after(e, e.publicationSince(null));
        return assembler.detail(e, caller);
    }

    /**
     * The entry an accepted proposal becomes, in the proposing body's workspace, with the
     * proposal's files. Called only by the proposals feature, inside its transaction, after it
     * has checked who may do this.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long createFromProposal(Caller actor, Workspace body, long proposalId, EntryInput in, List<Long> fileIds) {
        LibraryEntry e = new LibraryEntry(body, in, actor.username(), clock.instant());
        e.linkProposal(proposalId);
        EntityManager em = repository.em();
        em.persist(e);
        em.flush();
        for (Long fileId : fileIds) {
            FileContent f = files.read(fileId);
            em.persist(new LibraryFile(e.getId(), fileId, textOf(f.mediaType(), f.bytes())));
        }
        em.flush();
        audit.record(actor, "LibraryEntry", e.getId(), "library.fromProposal", null, e.getVisibility().name(),
                "proposal " + proposalId, AuditScope.of(e.getWorkspace().getId(), e.getVisibility()));
        events.after(e, e.publicationSince(null));
        return e.getId();
    }

    /** For the demo seed: the internal create without a caller's session (the seed is the system), with PDFs. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long seed(Workspace w, EntryInput in, String createdBy, Map<String, byte[]> pdfs) {
        LibraryEntry e = save(new LibraryEntry(w, in, createdBy, clock.instant()), pdfs, createdBy);
        events.after(e, e.publicationSince(null));  // public entries reach the PNT like any other
        return e.getId();
    }

    /** The entry, if the caller may see it. */
    public EntryDetail get(long id) {
        Caller caller = callers.current();
        return assembler.detail(repository.visible(caller, id), caller);
    }

    /** Members of the entry's workspace edit it, from the version they read. */
    public EntryDetail update(long id, long expectedVersion, EntryInput in) {
        Caller caller = callers.current();
        LibraryEntry e = editable(caller, id);
        Visibility before = e.edit(expectedVersion, in, clock.instant());
        try {
            repository.em().flush();
        } catch (OptimisticLockException lost) {
            throw new ConflictException();
        }
        audit.record(caller, "LibraryEntry", e.getId(), "library.update", before.name(), e.getVisibility().name(), e.getTitle(), AuditScope.of(e.getWorkspace().getId(), e.getVisibility()));
        events.after(e, e.publicationSince(before));
        return assembler.detail(e, caller);
    }

    /** Attaches a file (checked by content and size); a PDF's text is kept for the search. */
    public EntryDetail attach(long id, String name, byte[] content) {
        Caller caller = callers.current();
        LibraryEntry e = editable(caller, id);
        FileRef ref = files.store(name, content, caller.username());
        EntityManager em = repository.em();
        em.persist(new LibraryFile(e.getId(), ref.id(), textOf(ref.mediaType(), content)));
        em.flush();
        audit.record(caller, "LibraryEntry", e.getId(), "library.attach", null, null, ref.name(), AuditScope.of(e.getWorkspace().getId(), e.getVisibility()));
        return assembler.detail(e, caller);
    }

    /** A file of the entry (or an adoption's evidence), after the visibility check; counts the entry's own files. */
    public FileContent download(long entryId, long fileId) {
        LibraryEntry e = repository.visible(callers.current(), entryId);
        boolean own = repository.hasFile(e.getId(), fileId);
        if (!own && !repository.hasEvidence(e.getId(), fileId)) {
            throw new NotFoundException();
        }
        if (own) {
            repository.countDownload(e);
        }
        return files.read(fileId);
    }

    /** The caller's workspaces of type BODY (where they may create entries). */
    public List<Workspace> myBodies() {
        return repository.bodiesOf(callers.current());
    }

    private LibraryEntry editable(Caller caller, long id) {
        LibraryEntry e = repository.visible(caller, id);
        if (!caller.memberOf(e.getWorkspace().getId())) {
            throw new ForbiddenException();
        }
        return e;
    }

    /** Persists a new entry with its PDFs and indexes it. */
    private LibraryEntry save(LibraryEntry e, Map<String, byte[]> pdfs, String by) {
        EntityManager em = repository.em();
        em.persist(e);
        em.flush();
        if (!pdfs.isEmpty()) {
            for (Map.Entry<String, byte[]> f : new LinkedHashMap<>(pdfs).entrySet()) {
                FileRef ref = files.store(f.getKey(), f.getValue(), by);
                em.persist(new LibraryFile(e.getId(), ref.id(), PdfText.extract(f.getValue())));
            }
            em.flush();
        }
        return e;
    }

    private static String textOf(String mediaType, byte[] content) {
        return FileKind.PDF.mediaType().equals(mediaType) ? PdfText.extract(content) : "";
    }
}
