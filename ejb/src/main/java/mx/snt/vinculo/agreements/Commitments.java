package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.agreements.AgreementInputs.NewCommitment;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;

/** What each party must deliver under an agreement: adding commitments and reporting their progress. */
@Stateless
public class Commitments {

    static final String ENTITY = "Commitment";

    @EJB
    private Callers callers;

    @EJB
    private AgreementRepository repository;

    @EJB
    private AgreementAssembler assembler;

    @EJB
    private AgreementEvents events;

    @Inject
    private Clock clock;

    public AgreementDetail add(long agreementId, NewCommitment in) {
        Caller caller = callers.current();
        Agreement a = repository.visible(agreementId, caller);
        a.checkCommitments(AgreementAccess.actor(caller, a));
        if (in == null) {
            throw new ValidationException("agreement.commitment.party.invalid");
        }
        Commitment c = a.commit(AgreementAccess.actor(caller, a), in.partyId(), in.description(), in.responsible(),
                in.dueDate(), clock.instant());
        repository.flush();
        events.step(a, caller, "commitment.add", null, null, c.getDescription());
        events.audited(a, ENTITY, c.getId(), caller, "commitment.create", null, c.getStatus().name(), c.getDescription());
        return assembler.detail(a, caller);
    }

    /** A party reports progress on a commitment it saw at {@code expectedVersion}. */
    public AgreementDetail update(long commitmentId, long expectedVersion, CommitmentStatus status, String evidence) {
        Caller caller = callers.current();
        Commitment c = repository.commitment(commitmentId).orElseThrow(NotFoundException::new);
        Agreement a = repository.visible(c.getAgreement().getId(), caller);
        a.checkCommitments(AgreementAccess.actor(caller, a));
        CommitmentStatus before = c.getStatus();
        CommitmentStatus now = c.report(expectedVersion, status, evidence, MexicoCity.today(clock), clock.instant());
        repository.flush();
        events.step(a, caller, "commitment.update", null, null, c.getDescription() + " · " + now.name());
        events.audited(a, ENTITY, c.getId(), caller, "commitment.update", before.name(), now.name(), c.getEvidence());
        return assembler.detail(a, caller);
    }
}
