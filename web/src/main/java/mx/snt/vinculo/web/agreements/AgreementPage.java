package mx.snt.vinculo.web.agreements;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import mx.snt.vinculo.web.faces.PageScoped;
import mx.snt.vinculo.web.faces.ReadOnlyView;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import mx.snt.vinculo.agreements.AgreementInputs;
import mx.snt.vinculo.agreements.AgreementDetail;
import mx.snt.vinculo.agreements.AgreementDrafting;
import mx.snt.vinculo.agreements.AgreementLifecycle;
import mx.snt.vinculo.agreements.AgreementQueries;
import mx.snt.vinculo.agreements.CommitmentRow;
import mx.snt.vinculo.agreements.Commitments;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AgreementText;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.agreements.AttachmentKind;
import mx.snt.vinculo.agreements.CommitmentStatus;
import mx.snt.vinculo.agreements.PartyCategory;
import mx.snt.vinculo.agreements.TextDiff;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.web.Failures;
import mx.snt.vinculo.web.Texts;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The agreement page: reads it in one call, each form acts in one call and shows the result. */
@Named
@PageScoped
public class AgreementPage implements Serializable {

    @EJB
    private AgreementQueries queries;
    @EJB
    private AgreementDrafting drafting;
    @EJB
    private AgreementLifecycle lifecycle;
    @EJB
    private Commitments commitments;
    @EJB
    private DirectoryService directory;
    @EJB
    private mx.snt.vinculo.files.FileStore files;

    private String id;
    private AgreementDetail detail;
    private List<WorkspaceSummary> bodies;

    // draft
    private long baseVersion;
    private AgreementType type;
    private String title;
    private String purpose;
    private String html;
    private LocalDate validityStart;
    private LocalDate validityEnd;
    private boolean publicInForce;
    private List<TextDiff.Row> conflict;

    // party
    private Long partyBody;
    private PartyCategory partyCategory;
    private String partyName;
    private String signatory;
    private String signatoryTitle;
    private String contactName;
    private String contactEmail;

    // transitions
    private String comment;
    private String acuerdoNumber;
    private LocalDate acuerdoDate;
    private LocalDate endDate;
    private String reason;

    // signing
    private Long signParty;
    private LocalDate signDate;
    private transient Part file;
    private AttachmentKind fileKind = AttachmentKind.ANNEX;

    // commitments
    private Long commitmentParty;
    private String commitmentDescription;
    private String commitmentResponsible;
    private LocalDate commitmentDue;
    /** Status per commitment as the select sends it (a map value has no type for Faces to convert to). */
    private final Map<Long, String> statusOf = new HashMap<>();
    private final Map<Long, String> evidenceOf = new HashMap<>();

    public void load() {
        Long agreementId = NotFound.id(id);
        if (agreementId == null) {
            NotFound.send();
            return;
        }
        try {
            show(queries.get(agreementId));
        } catch (NotFoundException e) {
            NotFound.send();
            return;
        }
        if (!isActionable()) {
            ReadOnlyView.keepNoState();
        }
    }

    /**
     * Whether the caller may do anything on the page: the forms, the rows' controls and the confirmation dialog are
     * built only then (c:if). Constant for the view: with no permission there is nothing to post back.
     */
    public boolean isActionable() {
        return detail != null && !nothingToSendBack(detail.can());
    }

    /** Whether the caller may do nothing on the page: every form on it is one of these permissions'. */
    static boolean nothingToSendBack(AgreementDetail.Permissions can) {
        return can.transitions().isEmpty() && !can.edit() && !can.clearLegal() && !can.sign() && !can.track() && !can.annex();
    }

    private void show(AgreementDetail d) {
        detail = d;
        baseVersion = d.version();
        type = d.type();
        title = d.title();
        purpose = d.purpose();
        html = d.bodyHtml();
        validityStart = d.validityStart();
        validityEnd = d.validityEnd();
        publicInForce = d.publicInForce();
        statusOf.clear();
        evidenceOf.clear();
        for (CommitmentRow c : d.commitments()) {
            statusOf.put(c.id(), c.status().name());
            evidenceOf.put(c.id(), c.evidence());
        }
        if (d.can().edit() && bodies == null) {
            bodies = directory.searchWorkspaces(null, WorkspaceType.BODY, 0, 100).items();
        }
    }

    /** Runs one service call; on success shows the new state and a message, on refusal the reason. */
    private boolean act(Supplier<AgreementDetail> call, String doneKey) {
        try {
            show(call.get());
            Messages.info(doneKey);
            return true;
        } catch (DomainException e) {
            Messages.error(e);
            return false;
        }
    }

    public void saveDraft() {
        try {
            AgreementInputs.Draft draft = new AgreementInputs.Draft(type, title, purpose, html,
                    validityStart, validityEnd, publicInForce);
            show(drafting.saveDraft(detail.id(), baseVersion, draft));
            conflict = null;
            Messages.info("agreement.saved");
        } catch (ConflictException e) {
            showConflict();
        } catch (DomainException e) {
            Messages.error(e);
        } catch (RuntimeException e) {
            // the same race, lost at commit (OptimisticLockException inside the container's exception)
            if (!Failures.isConflict(e)) {
                throw e;
            }
            showConflict();
        }
    }

    /** Someone saved first: show what they changed next to the person's text, keep the person's text. */
    private void showConflict() {
        String mine = html;
        AgreementDetail current = queries.get(detail.id());
        String theirs = current.bodyHtml();
        try {
            conflict = TextDiff.ofHtml(theirs, AgreementText.clean(mine));
        } catch (ValidationException unsafe) {
            conflict = TextDiff.ofHtml(theirs, "");
        }
        detail = current;
        baseVersion = current.version();
        Messages.add(FacesMessage.SEVERITY_ERROR, "agreement.conflict");
    }

    public void addParty() {
        AgreementInputs.Party p = new AgreementInputs.Party(partyBody, partyBody == null ? partyCategory : PartyCategory.BODY,
                partyName, signatory, signatoryTitle, contactName, contactEmail);
        if (act(() -> drafting.addParty(detail.id(), p), "agreement.party.added")) {
            partyBody = null;
            partyName = signatory = signatoryTitle = contactName = contactEmail = null;
        }
    }

    public void removeParty(long partyId) {
        act(() -> drafting.removeParty(detail.id(), partyId), "agreement.party.removed");
    }

    public String move(AgreementState to) {
        try {
            AgreementInputs.Transition t = new AgreementInputs.Transition(comment, acuerdoNumber, acuerdoDate,
                    endDate, reason);
            if (act(() -> lifecycle.transition(detail.id(), baseVersion, to, t), "agreement.moved." + to.name())) {
                comment = acuerdoNumber = reason = null;
                acuerdoDate = endDate = null;
                return stillMine();
            }
        } catch (DomainException e) {
            Messages.error(e);
        }
        return null;
    }

    /**
     * After a move the page is opened again (post-redirect-get); a reviewer who sent the agreement
     * back no longer sees it (legal sees agreements in legal review only): they go to the list, with
     * the message, instead of a "not found".
     */
    private String stillMine() {
        try {
            queries.get(detail.id());
            return null;
        } catch (NotFoundException gone) {
            return mx.snt.vinculo.web.faces.SamePage.to("/convenios/index");
        }
    }

    public void clearLegal() {
        if (act(() -> lifecycle.clearLegal(detail.id(), baseVersion, comment), "agreement.cleared")) {
            comment = null;
        }
    }

    public void sign() {
        try {
            if (signParty == null) {
                throw new ValidationException("agreement.sign.party.invalid");
            }
            LocalDate date = signDate;
            long party = signParty;
            if (act(() -> lifecycle.sign(detail.id(), party, date), "agreement.signed")) {
                signParty = null;
                signDate = null;
            }
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void saveValidity() {
        try {
            LocalDate start = validityStart;
            LocalDate end = validityEnd;
            act(() -> lifecycle.setValidity(detail.id(), baseVersion, start, end), "agreement.validity.saved");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error(new ValidationException("file.empty"));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            // Read one byte beyond the limit at most: the service refuses anything bigger anyway.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, agreementsMaxBytes() + 1));
        } catch (IOException e) {
            Messages.error(new ValidationException("file.empty"));
            return;
        }
        String name = file.getSubmittedFileName();
        act(() -> drafting.attach(detail.id(), fileKind, name, bytes), "agreement.attached");
        file = null;
    }

    private long agreementsMaxBytes() {
        return files.maxBytes();
    }

    public void addCommitment() {
        try {
            AgreementInputs.NewCommitment c = new AgreementInputs.NewCommitment(commitmentParty, commitmentDescription,
                    commitmentResponsible, commitmentDue);
            if (act(() -> commitments.add(detail.id(), c), "agreement.commitment.added")) {
                commitmentDescription = commitmentResponsible = null;
                commitmentDue = null;
            }
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void updateCommitment(long commitmentId, long version) {
        String status = statusOf.get(commitmentId);
        CommitmentStatus chosen = status == null ? null : CommitmentStatus.valueOf(status);
        act(() -> commitments.update(commitmentId, version, chosen, evidenceOf.get(commitmentId)),
                "agreement.commitment.updated");
    }

    public AgreementState getStateApproved() { return AgreementState.APPROVED; }
    public AgreementState getStateTerminated() { return AgreementState.TERMINATED; }

    /** The icon beside the text of the button that moves the agreement to {@code to}. */
    public String actionIcon(AgreementState to) {
        return "pi " + switch (to) {
            case INTERNAL_REVIEW, LEGAL_REVIEW -> "pi-send";
            case DRAFT -> "pi-undo";
            case APPROVED -> "pi-check";
            case SIGNING, SIGNED -> "pi-pencil";
            case IN_FORCE -> "pi-play";
            case EXPIRED -> "pi-flag";
            case TERMINATED -> "pi-ban";
            case RENEWED -> "pi-refresh";
        };
    }

    /** The question asked before a party is removed, naming it. */
    public String removeConfirm(String party) {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "agreement.party.remove.confirm", party);
    }

    public boolean isEnded() {
        return detail != null && detail.state().ended();
    }

    public AgreementType[] getTypes() { return AgreementType.values(); }
    public List<PartyCategory> getCategories() {
        return Arrays.stream(PartyCategory.values()).filter(c -> c != PartyCategory.BODY).toList();
    }
    public CommitmentStatus[] getStatuses() { return CommitmentStatus.values(); }
    public AttachmentKind[] getFileKinds() { return AttachmentKind.values(); }
    public List<WorkspaceSummary> getBodies() { return bodies; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public AgreementDetail getDetail() { return detail; }
    public List<TextDiff.Row> getConflict() { return conflict; }
    public AgreementType getType() { return type; }
    public void setType(AgreementType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getHtml() { return html; }
    public void setHtml(String html) { this.html = html; }
    public LocalDate getValidityStart() { return validityStart; }
    public void setValidityStart(LocalDate validityStart) { this.validityStart = validityStart; }
    public LocalDate getValidityEnd() { return validityEnd; }
    public void setValidityEnd(LocalDate validityEnd) { this.validityEnd = validityEnd; }
    public boolean isPublicInForce() { return publicInForce; }
    public void setPublicInForce(boolean publicInForce) { this.publicInForce = publicInForce; }
    public Long getPartyBody() { return partyBody; }
    public void setPartyBody(Long partyBody) { this.partyBody = partyBody; }
    public PartyCategory getPartyCategory() { return partyCategory; }
    public void setPartyCategory(PartyCategory partyCategory) { this.partyCategory = partyCategory; }
    public String getPartyName() { return partyName; }
    public void setPartyName(String partyName) { this.partyName = partyName; }
    public String getSignatory() { return signatory; }
    public void setSignatory(String signatory) { this.signatory = signatory; }
    public String getSignatoryTitle() { return signatoryTitle; }
    public void setSignatoryTitle(String signatoryTitle) { this.signatoryTitle = signatoryTitle; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getAcuerdoNumber() { return acuerdoNumber; }
    public void setAcuerdoNumber(String acuerdoNumber) { this.acuerdoNumber = acuerdoNumber; }
    public LocalDate getAcuerdoDate() { return acuerdoDate; }
    public void setAcuerdoDate(LocalDate acuerdoDate) { this.acuerdoDate = acuerdoDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getSignParty() { return signParty; }
    public void setSignParty(Long signParty) { this.signParty = signParty; }
    public LocalDate getSignDate() { return signDate; }
    public void setSignDate(LocalDate signDate) { this.signDate = signDate; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public AttachmentKind getFileKind() { return fileKind; }
    public void setFileKind(AttachmentKind fileKind) { this.fileKind = fileKind; }
    public Long getCommitmentParty() { return commitmentParty; }
    public void setCommitmentParty(Long commitmentParty) { this.commitmentParty = commitmentParty; }
    public String getCommitmentDescription() { return commitmentDescription; }
    public void setCommitmentDescription(String v) { this.commitmentDescription = v; }
    public String getCommitmentResponsible() { return commitmentResponsible; }
    public void setCommitmentResponsible(String v) { this.commitmentResponsible = v; }
    public LocalDate getCommitmentDue() { return commitmentDue; }
    public void setCommitmentDue(LocalDate commitmentDue) { this.commitmentDue = commitmentDue; }
    public Map<Long, String> getStatusOf() { return statusOf; }
    public Map<Long, String> getEvidenceOf() { return evidenceOf; }
}
