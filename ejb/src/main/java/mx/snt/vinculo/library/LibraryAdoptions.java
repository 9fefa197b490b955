package mx.snt.vinculo.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.time.LocalDate;

/** Bodies record that they adopted a practice, so everyone sees which practices spread. */
@Stateless
public class LibraryAdoptions {

    @EJB
    private Callers callers;
    @EJB
    private LibraryRepository repository;
    @EJB
    private LibraryAssembler assembler;
    @EJB
    private AuditTrail audit;
    @EJB
    private FileStore files;
    @Inject
    private Clock clock;

    /** The caller's home body records its adoption ({@link LibraryEntry#adoptBy} says when it may), with optional evidence. */
    public EntryDetail adopt(long id, LocalDate adoptedOn, String note, String evidenceName, byte[] evidence) {
        Caller caller = callers.current();
        LibraryEntry e = repository.visible(caller, id);
        Workspace body = repository.homeBody(caller);
        if (body == null) {
            throw new ForbiddenException();
        }
        boolean already = repository.adopted(e.getId(), body.getId());
        LibraryAdoption a = e.adoptBy(body, already, adoptedOn, note, caller.username(), MexicoCity.today(clock),
                clock.instant());
        if (evidence != null && evidence.length > 0) {
            // Stored only once the adoption was accepted.
            a.attachEvidence(files.store(evidenceName, evidence, caller.username()).id());
        }
        EntityManager em = repository.em();
        em.persist(a);
        try {
            em.flush();
        } catch (PersistenceException duplicate) {
            // Two people of one body at the same moment: the unique key keeps one adoption.
            throw new ValidationException("library.adoption.duplicate", body.getAcronym());
        }
        repository.countAdoption(e);
        audit.record(caller, "LibraryEntry", e.getId(), "library.adopt", null, body.getCode(), a.getNote(), AuditScope.of(e.getWorkspace().getId(), e.getVisibility()));
        return assembler.detail(e, caller);
    }
}
