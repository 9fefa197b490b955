package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.agreements.AgreementInputs.Draft;
import mx.snt.vinculo.agreements.AgreementWorkflow.Actor;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.files.FileKind;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.time.Instant;

/**
 * Drafting: a new draft, its text and description, its parties, and the attachments (annexes
 * and the signed PDF). The rules are the aggregate's; this class loads, calls, records.
 */
@Stateless
public class AgreementDrafting {

    /** The body's usual signatory on a new draft; the drafter corrects it if another person signs. */
    static final String DEFAULT_BODY_SIGNATORY = "Presidencia del Pleno";

    @EJB
    private Callers callers;

    @EJB
    private AgreementRepository repository;

    @EJB
    private AgreementAssembler assembler;

    @EJB
    private AgreementEvents events;

    @EJB
    private FileStore files;

    @Inject
    private Clock clock;

    /** Staff of a body start a draft in their body's workspace; the body is its first party. */
    public AgreementDetail create(long workspaceId, AgreementType type, String title, String purpose) {
        Caller caller = callers.current();
        Workspace w = repository.workspace(workspaceId).orElse(null);
        if (w == null || !caller.signedIn()) {
            throw new NotFoundException();
        }
        Actor actor = new Actor(caller.roles(), caller.memberOf(workspaceId), caller.memberOf(workspaceId), false);
        Agreement a = Agreement.draft(w, actor, type, title, purpose, DEFAULT_BODY_SIGNATORY, null, caller.username(), clock.instant());
        repository.add(a);
        repository.flush();
        events.step(a, caller, "create", null, AgreementState.DRAFT, null);
        events.changed(a, caller, null, "agreement.create", AgreementState.DRAFT.name(), null, a.getTitle());
        return assembler.detail(a, caller);
    }

    /** Saves the draft; a changed text becomes a new version. A stale version is a conflict: nothing is overwritten. */
    public AgreementDetail saveDraft(long id, long expectedVersion, Draft in) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        a.drafting(AgreementAccess.actor(caller, a)).edit(expectedVersion, in, caller.username(), clock.instant())
                .ifPresent(v -> events.changed(a, caller, "text", "agreement.text", null, String.valueOf(v.getNumber()), "v" + v.getNumber()));
        return assembler.detail(a, caller);
    }

    public AgreementDetail addParty(long id, AgreementInputs.Party in) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        AgreementDraft draft = a.drafting(AgreementAccess.actor(caller, a));
        Workspace body = in == null ? null : repository.workspace(in.bodyId()).orElse(null);
        AgreementParty p = draft.addParty(in, body, clock.instant());
        repository.flush();
        events.changed(a, caller, "party.add", "agreement.party.add", null, p.getName(), p.getName());
        return assembler.detail(a, caller);
    }

    /** Updates the signatory and contact of a party (the drafting body's own signatory among them). */
    public AgreementDetail updateParty(long id, long partyId, AgreementInputs.Party in) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        AgreementParty p = a.drafting(AgreementAccess.actor(caller, a)).updateParty(partyId, in, clock.instant());
        repository.flush();  // the detail carries the new version
        events.changed(a, caller, null, "agreement.party.update", null, null, p.getName());
        return assembler.detail(a, caller);
    }

    public AgreementDetail removeParty(long id, long partyId) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        AgreementParty p = a.drafting(AgreementAccess.actor(caller, a)).removeParty(partyId, clock.instant());
        repository.flush();
        events.changed(a, caller, "party.remove", "agreement.party.remove", null, p.getName(), p.getName());
        return assembler.detail(a, caller);
    }

    /** An annex (any accepted kind, until the agreement ends) or the signed PDF (a PDF, while signing). */
    public AgreementDetail attach(long id, AttachmentKind kind, String fileName, byte[] content) {
        Caller caller = callers.current();
        Agreement a = repository.visible(id, caller);
        Actor actor = AgreementAccess.actor(caller, a);
        a.checkAttachable(actor, kind);
        // Checked before anything is stored: content, size, and (for the signed copy) a real PDF.
        FileKind detected = FileStore.check(fileName, content, files.maxBytes());
        AgreementAttachment.checkKind(kind, detected);
        FileRef ref = files.store(fileName, content, caller.username());
        Instant now = clock.instant();
        a.attach(actor, kind, detected, ref.id(), now);
        repository.flush();
        events.changed(a, caller, kind == AttachmentKind.SIGNED_PDF ? "signedPdf" : "annex", "agreement.attachment",
                kind.name(), ref.name(), ref.name());
        if (kind == AttachmentKind.SIGNED_PDF) {
            events.inForceIfComplete(a, caller, mx.snt.vinculo.common.MexicoCity.today(clock), now);
        }
        return assembler.detail(a, caller);
    }
}
