package mx.snt.vinculo.proposals;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import mx.snt.vinculo.audit.AuditScope;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.outbox.Outbox;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Staff submit proposals; everyone who may see them reads them, lists them and downloads their attachments. */
@Stateless
public class ProposalSubmissions {

    static final int MAX_FILES = 5;

    @EJB
    private Callers callers;
    @EJB
    private ProposalRepository repository;
    @EJB
    private ProposalAssembler assembler;
    @EJB
    private AuditTrail audit;
    @EJB
    private Outbox outbox;
    @EJB
    private FileStore files;
    @Inject
    private Clock clock;

    /** Staff of a body submit a proposal, to an open call that admits their body or freely to a commission. */
    public ProposalDetail submit(ProposalInput in, List<Upload> uploads) {
        Caller caller = callers.current();
        if (!caller.signedIn()) {
            throw new NotFoundException();
        }
        Workspace body = repository.homeBody(caller);
        if (body == null) {
            throw new ValidationException("proposal.body.required");
        }
        if (in == null) {
            throw new ValidationException("proposal.title.required");
        }
        ProposalCall call = null;
        Workspace commission;
        if (in.callId() != null) {
            call = repository.visibleCall(caller, in.callId());
            call.checkAccepts(body, MexicoCity.today(clock));
            commission = call.getWorkspace();
        } else {
            commission = repository.workspace(in.commissionId());
            if (commission == null || commission.getType() != WorkspaceType.COMMISSION) {
                throw new ValidationException("proposal.commission.required");
            }
        }
        Proposal.Content content = Proposal.content(in.title(), in.summary(), in.text(), in.topic(), call);
        List<Upload> up = uploads == null ? List.of()
                : uploads.stream().filter(u -> u != null && u.content() != null).toList();
        if (up.size() > MAX_FILES) {
            throw new ValidationException("proposal.files.tooMany", MAX_FILES);
        }
        List<Long> fileIds = new ArrayList<>();
        for (Upload u : up) {
            fileIds.add(files.store(u.name(), u.content(), caller.username()).id());
        }
        Instant now = clock.instant();
        Proposal p = new Proposal(call, commission, body, caller.username(), content, fileIds, now);
        EntityManager em = repository.em();
        em.persist(p);
        em.flush();
        audit.record(caller, "Proposal", p.getId(), "proposal.submit", null, p.getState().name(), p.getTitle(), AuditScope.partOf("Proposal", p.getId(), p.getWorkspace().getId(), p.getVisibility()));
        outbox.record("proposal.submitted", "Proposal", p.getId(), p.getVersion(), commission.getId(),
                ProposalEvents.submitted(p, now));
        return assembler.detail(p, caller);
    }

    public ProposalDetail get(long id) {
        Caller caller = callers.current();
        return assembler.detail(repository.visible(caller, id), caller);
    }

    /** Proposals the caller may see, newest first, filtered, paged in the database. */
    public Page<ProposalRow> list(ProposalFilter filter, int first, int size) {
        return repository.list(callers.current(), filter, first, size);
    }

    /** An attachment of a proposal the caller may see. */
    public FileContent download(long proposalId, long fileId) {
        Proposal p = repository.visible(callers.current(), proposalId);
        if (!p.getFileIds().contains(fileId)) {
            throw new NotFoundException();
        }
        return files.read(fileId);
    }
}
