package mx.snt.vinculo.agreements;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import mx.snt.vinculo.agreements.AgreementInputs.Transition;
import mx.snt.vinculo.agreements.AgreementWorkflow.Actor;
import mx.snt.vinculo.common.AuthoredEntity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A convenio: it belongs to the workspace of the body that drafted it. The aggregate guards
 * its own life: every state change goes through {@link #transition}, {@link #enterIntoForceIfComplete},
 * {@link #enterIntoForceOnStart} or {@link #expire}, which consult {@link AgreementWorkflow} (who may make which move) and
 * check the preconditions of the move; the drafting operations live in {@link AgreementDraft},
 * and signatures, attachments and commitments in {@link AgreementParts}.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends AuthoredEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "workspace_id") private Workspace workspace;
    @Enumerated(EnumType.STRING) @Column(name = "agreement_type", nullable = false, length = 16) private AgreementType type;
    @Column(nullable = false, length = 300) private String title;
    @Column(nullable = false, length = 4000) private String purpose;
    @Lob @Column(name = "body_html", nullable = false) private String bodyHtml = "";
    @Column(name = "text_version", nullable = false) private int textVersion;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 24) private AgreementState state = AgreementState.DRAFT;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private Visibility visibility = Visibility.PRIVATE;
    @Column(name = "public_in_force", nullable = false) private boolean publicInForce = true;
    @Column(name = "legal_cleared", nullable = false) private boolean legalCleared;

    /** The number of the session's acuerdo that approved this agreement (not an {@code Acuerdo} entity: a reference typed in). */
    @Column(name = "acuerdo_number", length = 100) private String approvalAcuerdoNumber;
    @Column(name = "acuerdo_date") private LocalDate approvalAcuerdoDate;
    @Column(name = "validity_start") private LocalDate validityStart;
    @Column(name = "validity_end") private LocalDate validityEnd;
    @Column(name = "signed_on") private LocalDate signedOn;
    @Column(name = "ended_on") private LocalDate endedOn;
    @Column(name = "end_reason", length = 1000) private String endReason;
    @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = "renewed_from_id") private Agreement renewedFrom;
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true) @OrderBy("position") private List<AgreementParty> parties = new ArrayList<>();
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST) @OrderBy("id") private List<AgreementAttachment> attachments = new ArrayList<>();
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST) @OrderBy("number") private List<AgreementTextVersion> texts = new ArrayList<>();
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.PERSIST) @OrderBy("dueDate, id") private List<Commitment> commitments = new ArrayList<>();

    protected Agreement() {
    }

    private Agreement(Workspace workspace, AgreementType type, String title, String purpose, String createdBy, Instant now) {
        super(createdBy, now);
        this.workspace = workspace;
        this.type = type;
        this.title = title;
        this.purpose = purpose;
    }

    /**
     * A new draft in a body's workspace; the body is its first party, with its usual signatory
     * (the drafter corrects it in the parties form if another person signs).
     */
    public static Agreement draft(Workspace body, Actor actor, AgreementType type, String title, String purpose,
                                  String signatory, String signatoryTitle, String createdBy, Instant now) {
        if (body.getType() != mx.snt.vinculo.directory.WorkspaceType.BODY) {
            throw new ValidationException("agreement.workspace.body");
        }
        if (!actor.staffOfDrafter()) {
            throw new AgreementForbiddenException("agreement.create.role");
        }
        if (type == null) {
            throw new ValidationException("agreement.type.required");
        }
        Agreement a = new Agreement(body, type, AgreementDraft.title(title), AgreementDraft.purpose(purpose), createdBy, now);
        a.parties.add(new AgreementParty(a, body, PartyCategory.BODY, body.getName(), signatory, signatoryTitle, null, null, 1));
        return a;
    }

    /** The drafting operations (text, parties, dates), each checked against the state and the actor. */
    public AgreementDraft drafting(Actor actor) {
        AgreementWorkflow.checkEdit(state, actor);
        return new AgreementDraft(this);
    }

    // ------------------------------------------------------------------ the workflow

    /**
     * A move of the workflow asked for by a person: refused when the move does not exist, the
     * actor may not make it, the caller saw a stale version, or its preconditions fail.
     */
    public AgreementMove transition(AgreementState to, Actor actor, long expectedVersion, Transition input,
                                    String by, LocalDate today, Instant now) {
        AgreementWorkflow.check(state, to, actor, legalCleared);
        checkVersion(expectedVersion);
        Transition in = input == null ? Transition.none() : input;
        String comment = AgreementDraft.optional(in.comment(), 2000);
        return switch (to) {
            case INTERNAL_REVIEW -> submit(comment, now);
            case DRAFT -> sendBack(comment, now);
            case APPROVED -> approve(in, comment, today, now);
            case SIGNING -> startSigning(comment, now);
            case TERMINATED -> terminate(in, comment, now);
            case RENEWED -> renew(comment, by, today, now);
            case LEGAL_REVIEW -> move(to, comment, now);
            // The system's moves: never a person's (AgreementWorkflow.check refused them already).
            case SIGNED, IN_FORCE, EXPIRED -> throw new AgreementForbiddenException("agreement.transition.role", state.name(), to.name());
        };
    }

    /** To internal review: at least two parties and a text. */
    private AgreementMove submit(String comment, Instant now) {
        if (parties.size() < 2) {
            throw new ValidationException("agreement.parties.min");
        }
        if (bodyHtml.isBlank()) {
            throw new ValidationException("agreement.text.required");
        }
        return move(AgreementState.INTERNAL_REVIEW, comment, now);
    }

    /** A reviewer sends it back to DRAFT, always saying why; legal must then review it again. */
    private AgreementMove sendBack(String comment, Instant now) {
        if (comment == null) {
            throw new ValidationException("agreement.comment.required");
        }
        legalCleared = false;
        return move(AgreementState.DRAFT, comment, now);
    }

    /** Approval, linked to the acuerdo that approved it: number and date together, the date not in the future. */
    private AgreementMove approve(Transition in, String comment, LocalDate today, Instant now) {
        String number = AgreementDraft.optional(in.approvalAcuerdoNumber(), 100);
        LocalDate date = in.approvalAcuerdoDate();
        if ((number == null) != (date == null)) {
            throw new ValidationException("agreement.acuerdo.incomplete");
        }
        if (date != null && date.isAfter(today)) {
            throw new ValidationException("agreement.acuerdo.future");
        }
        this.approvalAcuerdoNumber = number;
        this.approvalAcuerdoDate = date;
        return move(AgreementState.APPROVED, number == null ? comment : joined(number, comment), now);
    }

    /** Signing starts from a clean sheet: no signature recorded before counts. */
    private AgreementMove startSigning(String comment, Instant now) {
        parties.forEach(AgreementParty::clearSignature);
        return move(AgreementState.SIGNING, comment, now);
    }

    /** Early termination: a reason and an end date, never before the validity started. */
    private AgreementMove terminate(Transition in, String comment, Instant now) {
        String reason = AgreementDraft.optional(in.reason(), 1000);
        if (reason == null || in.endDate() == null) {
            throw new ValidationException("agreement.terminate.required");
        }
        // Signed but not yet in force, it may be called off before its start; in force, it ends after it started.
        if (state != AgreementState.SIGNED && validityStart != null && in.endDate().isBefore(validityStart)) {
            throw new ValidationException("agreement.terminate.beforeStart");
        }
        this.endedOn = in.endDate();
        this.endReason = reason;
        return move(AgreementState.TERMINATED, joined(reason, comment), now);
    }

    /** Renewal ends this agreement today and starts its successor as a draft with the same parties and text. */
    private AgreementMove renew(String comment, String by, LocalDate today, Instant now) {
        AgreementMove moved = move(AgreementState.RENEWED, comment, now);
        Agreement next = new Agreement(workspace, type, title, purpose, by, now);
        next.renewedFrom = this;
        next.publicInForce = publicInForce;
        for (AgreementParty p : parties) {
            next.parties.add(p.copyFor(next));
        }
        if (!bodyHtml.isBlank()) {
            next.saveText(bodyHtml, by, now);
        }
        this.endedOn = today;
        return moved.withRenewal(next);
    }

    /** Legal's favourable opinion (it stays in LEGAL_REVIEW until a commissioner approves). */
    public void clearLegal(Actor actor, long expectedVersion, Instant now) {
        AgreementWorkflow.checkClear(state, actor);
        checkVersion(expectedVersion);
        if (legalCleared) {
            // Once is the opinion; a second one would only add noise to the history and the notices.
            throw new ValidationException("agreement.clear.already");
        }
        this.legalCleared = true;
        touch(now);
    }

    /** A party's signature while signing: on a real date, not in the future, not before the approving acuerdo. */
    public AgreementParty sign(Actor actor, long partyId, LocalDate date, String recordedBy, LocalDate today, Instant now) {
        AgreementParty p = parts().sign(actor, partyId, date, recordedBy, today);
        touch(now);
        return p;
    }

    /** The validity while signing: both dates, the end not before the start. */
    public void setValidity(Actor actor, long expectedVersion, LocalDate start, LocalDate end, Instant now) {
        AgreementWorkflow.checkSigning(state, actor);
        checkVersion(expectedVersion);
        AgreementDates.checkValidityComplete(start, end);
        this.validityStart = start;
        this.validityEnd = end;
        touch(now);
    }

    /** Whether every party signed, the signed PDF is there and the validity is set: the system may put it in force. */
    public boolean readyToEnterIntoForce() {
        return state == AgreementState.SIGNING && allSigned() && hasSignedPdf() && validityStart != null && validityEnd != null;
    }

    /**
     * The system's move once the last signature, the signed PDF and the validity are there:
     * signed on the last signature's date; IN_FORCE (and public if the drafters chose so) when
     * the validity has started, else SIGNED until its first day ({@link #enterIntoForceOnStart}).
     */
    public Optional<AgreementMove> enterIntoForceIfComplete(LocalDate today, Instant now) {
        if (!readyToEnterIntoForce()) {
            return Optional.empty();
        }
        AgreementDates.checkValidityComplete(validityStart, validityEnd);
        this.signedOn = parties.stream().map(AgreementParty::getSignedOn).max(LocalDate::compareTo).orElseThrow();
        if (validityStart.isAfter(today)) {
            AgreementWorkflow.check(state, AgreementState.SIGNED, Actor.ofSystem(), legalCleared);
            return Optional.of(move(AgreementState.SIGNED, null, now));
        }
        return Optional.of(inForce(now));
    }

    /** The daily run's SIGNED → IN_FORCE on the first day of validity (or later, if a run was missed). */
    public AgreementMove enterIntoForceOnStart(LocalDate today, Instant now) {
        if (state != AgreementState.SIGNED) {
            throw new ValidationException("agreement.start.state");
        }
        if (validityStart.isAfter(today)) {
            throw new ValidationException("agreement.start.notYet");
        }
        return inForce(now);
    }

    private AgreementMove inForce(Instant now) {
        AgreementWorkflow.check(state, AgreementState.IN_FORCE, Actor.ofSystem(), legalCleared);
        if (publicInForce) {
            this.visibility = Visibility.PUBLIC;
        }
        return move(AgreementState.IN_FORCE, null, now);
    }

    /** The system's IN_FORCE → EXPIRED, once the last day of validity has passed. */
    public AgreementMove expire(LocalDate today, Instant now) {
        AgreementWorkflow.check(state, AgreementState.EXPIRED, Actor.ofSystem(), legalCleared);
        if (!AgreementDates.expired(validityEnd, today)) {
            throw new ValidationException("agreement.expire.notYet");
        }
        this.endedOn = validityEnd;
        return move(AgreementState.EXPIRED, null, now);
    }

    /**
     * For the demo seed and agreements concluded on paper before the hub: puts a SIGNING
     * agreement in force as signed by every party on the first day of validity, without the
     * signed PDF the hub otherwise requires.
     */
    public AgreementMove seedInForce(LocalDate start, LocalDate end, Instant now) {
        if (state != AgreementState.SIGNING) {
            throw new ValidationException("agreement.sign.state");
        }
        AgreementDates.checkValidityComplete(start, end);
        this.validityStart = start;
        this.validityEnd = end;
        parties.forEach(p -> p.sign(start, getCreatedBy()));
        this.signedOn = start;
        this.visibility = Visibility.PUBLIC;
        return move(AgreementState.IN_FORCE, null, now);
    }

    /**
     * For the demo seed: a SIGNING agreement signed by every party on {@code signedOn}, with a
     * validity that starts after {@code today}: SIGNED, not yet in force nor public (no signed PDF, as
     * {@link #seedInForce}).
     */
    public AgreementMove seedSigned(LocalDate signedOn, LocalDate start, LocalDate end, LocalDate today, Instant now) {
        if (state != AgreementState.SIGNING) {
            throw new ValidationException("agreement.sign.state");
        }
        AgreementDates.checkValidityComplete(start, end);
        if (!start.isAfter(today)) {
            throw new ValidationException("agreement.start.state");
        }
        AgreementWorkflow.check(state, AgreementState.SIGNED, Actor.ofSystem(), legalCleared);
        this.validityStart = start;
        this.validityEnd = end;
        parties.forEach(p -> p.sign(signedOn, getCreatedBy()));
        this.signedOn = signedOn;
        return move(AgreementState.SIGNED, null, now);
    }

    private AgreementMove move(AgreementState to, String comment, Instant now) {
        AgreementMove moved = new AgreementMove(state, to, comment, null);
        this.state = to;
        touch(now);
        return moved;
    }

    private static String joined(String first, String comment) {
        return comment == null ? first : first + " — " + comment;
    }

    // ------------------------------------------------------------------ parts of the aggregate

    /** An annex (until it ends, by the drafting body's staff) or the signed PDF (a PDF, while signing). */
    public AgreementAttachment attach(Actor actor, AttachmentKind kind, mx.snt.vinculo.files.FileKind detected,
                                      long fileId, Instant now) {
        AgreementAttachment t = parts().attach(actor, kind, detected, fileId);
        touch(now);
        return t;
    }

    /** Refuses an attachment before its file is even read. */
    public void checkAttachable(Actor actor, AttachmentKind kind) { parts().checkAttachable(actor, kind); }

    /** A commitment of one of its parties, tracked by the parties' staff until the agreement ends. */
    public Commitment commit(Actor actor, Long partyId, String description, String responsible, LocalDate dueDate, Instant now) {
        return parts().commit(actor, partyId, description, responsible, dueDate, now);
    }

    /** Commitments change while the agreement lives, by staff of a party body. */
    public void checkCommitments(Actor actor) { AgreementWorkflow.checkCommitments(state, actor); }

    public boolean allSigned() { return parts().allSigned(); }

    public boolean hasSignedPdf() { return signedPdf().isPresent(); }

    /** The newest signed PDF, the document SIPOT links to. */
    public Optional<AgreementAttachment> signedPdf() { return parts().signedPdf(); }

    public List<Long> partyBodyIds() {
        return parties.stream().map(AgreementParty::getBodyId).filter(java.util.Objects::nonNull).toList();
    }

    // ------------------------------------------------------------------ package-private state changes for AgreementDraft

    void describe(AgreementType type, String title, String purpose, LocalDate start, LocalDate end, boolean publicInForce, Instant now) {
        this.type = type;
        this.title = title;
        this.purpose = purpose;
        this.validityStart = start;
        this.validityEnd = end;
        this.publicInForce = publicInForce;
        touch(now);
    }

    /** A new saved text: the next version number, kept for ever. */
    AgreementTextVersion saveText(String html, String by, Instant now) {
        this.bodyHtml = html;
        this.textVersion++;
        touch(now);
        AgreementTextVersion v = new AgreementTextVersion(this, textVersion, html, by, now);
        texts.add(v);
        return v;
    }

    private AgreementParts parts() {
        return new AgreementParts(this, state, parties, attachments, commitments);
    }

    List<AgreementParty> partyList() {
        return parties;
    }

    List<Commitment> commitmentList() {
        return commitments;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public AgreementType getType() { return type; }
    public String getTitle() { return title; }
    public String getPurpose() { return purpose; }
    public String getBodyHtml() { return bodyHtml; }
    public int getTextVersion() { return textVersion; }
    public AgreementState getState() { return state; }
    public Visibility getVisibility() { return visibility; }
    public boolean isPublicInForce() { return publicInForce; }
    public boolean isLegalCleared() { return legalCleared; }
    public String getApprovalAcuerdoNumber() { return approvalAcuerdoNumber; }
    public LocalDate getApprovalAcuerdoDate() { return approvalAcuerdoDate; }
    public LocalDate getValidityStart() { return validityStart; }
    public LocalDate getValidityEnd() { return validityEnd; }
    public LocalDate getSignedOn() { return signedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndReason() { return endReason; }
    public Agreement getRenewedFrom() { return renewedFrom; }
    public List<AgreementParty> getParties() { return List.copyOf(parties); }
    public List<AgreementAttachment> getAttachments() { return List.copyOf(attachments); }
    public List<Commitment> getCommitments() { return List.copyOf(commitments); }
}
