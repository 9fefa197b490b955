package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.agreements.AgreementDetail.AttachmentRow;
import mx.snt.vinculo.agreements.AgreementDetail.PartyRow;
import mx.snt.vinculo.agreements.AgreementDetail.Permissions;
import mx.snt.vinculo.agreements.AgreementDetail.StepRow;
import mx.snt.vinculo.agreements.AgreementDetail.TextVersionRow;
import mx.snt.vinculo.agreements.AgreementWorkflow.Actor;
import jakarta.inject.Inject;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.CallerDirectory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The one place that turns an {@link Agreement} into the {@link AgreementDetail} its page and the API show. */
@Stateless
public class AgreementAssembler {

    @EJB
    private AgreementRepository repository;
    @Inject
    private CallerDirectory people;

    public AgreementDetail detail(Agreement a, Caller caller) {
        repository.flush();
        Actor actor = AgreementAccess.actor(caller, a);
        List<PartyRow> parties = a.getParties().stream()
                .map(p -> new PartyRow(p.getId(), p.getBodyId(), p.getCategory(),
                        p.getName(), p.getSignatory(), p.getSignatoryTitle(), p.getContactName(), p.getContactEmail(), p.getSignedOn()))
                .toList();
        List<AttachmentRow> attachments = repository.attachmentRows(a);
        List<StepRow> timeline = repository.timeline(a);
        List<TextVersionRow> versions = repository.versions(a);
        // People by name, not username: one lookup for the whole page.
        Map<String, String> names = people.displayNames(Stream.of(
                attachments.stream().map(AttachmentRow::uploadedBy), timeline.stream().map(StepRow::actor),
                versions.stream().map(TextVersionRow::savedBy)).flatMap(s -> s).toList());
        attachments = attachments.stream().map(t -> t.named(names)).toList();
        timeline = timeline.stream().map(t -> t.named(names)).toList();
        versions = versions.stream().map(v -> v.named(names)).toList();
        if (!caller.signedIn()) {
            // The public reads a published agreement, not its people: no contacts, no internal timeline.
            parties = parties.stream().map(p -> new PartyRow(p.id(), p.bodyId(), p.category(), p.name(),
                    p.signatory(), p.signatoryTitle(), null, null, p.signedOn())).toList();
            timeline = List.of();
            versions = List.of();
            attachments = attachments.stream().map(t -> new AttachmentRow(t.id(), t.kind(), t.name(), t.mediaType(), t.size(),
                    null, t.uploadedAt(), null)).toList();
        }
        // The predecessor and the renewal share the workspace; the public is not told their titles
        // (either may be unpublished) and reads a plain "previous/next agreement" link instead.
        Agreement renewal = repository.renewedBy(a);
        return new AgreementDetail(a.getId(), a.getWorkspace().getId(), a.getWorkspace().getAcronym(), a.getType(), a.getTitle(),
                a.getPurpose(), a.getBodyHtml(), a.getTextVersion(), a.getState(), a.getVisibility(), a.isPublicInForce(),
                a.isLegalCleared(), a.getApprovalAcuerdoNumber(), a.getApprovalAcuerdoDate(), a.getValidityStart(),
                a.getValidityEnd(), a.getSignedOn(), a.getEndedOn(), a.getEndReason(),
                a.getRenewedFrom() == null ? null : a.getRenewedFrom().getId(),
                a.getRenewedFrom() == null || !caller.signedIn() ? null : a.getRenewedFrom().getTitle(),
                renewal == null ? null : renewal.getId(), renewal == null || !caller.signedIn() ? null : renewal.getTitle(), a.getCreatedBy(),
                a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(), parties, repository.commitmentRows(a),
                attachments, timeline, versions, permissions(a, actor));
    }

    private static Permissions permissions(Agreement a, Actor actor) {
        boolean ended = a.getState().ended();
        return new Permissions(AgreementWorkflow.available(a.getState(), actor),
                AgreementWorkflow.mayEdit(a.getState(), actor),
                a.getState() == AgreementState.LEGAL_REVIEW && actor.legal() && !a.isLegalCleared(),
                a.getState() == AgreementState.SIGNING && actor.staffOfDrafter(),
                !ended && AgreementWorkflow.mayTrack(actor),
                !ended && actor.staffOfDrafter());
    }
}
