package mx.snt.vinculo.agreements;

import mx.snt.vinculo.agreements.AgreementInputs.Draft;
import mx.snt.vinculo.agreements.AgreementInputs.Party;
import mx.snt.vinculo.agreements.AgreementInputs.Transition;
import mx.snt.vinculo.agreements.AgreementWorkflow.Actor;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.common.ForbiddenException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.files.FileKind;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static mx.snt.vinculo.agreements.AgreementState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agreement guards its own life: each precondition of each move, with no container (as Cargo Tracker's CargoTest). */
class AgreementTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Instant NOW = Instant.parse("2026-11-29T18:00:00Z");
    static final Actor STAFF = new Actor(Set.of(Role.PERSONAL), true, true, false);
    static final Actor LEGAL = new Actor(Set.of(Role.JURIDICO), false, false, false);
    static final Actor COMMISSIONER = new Actor(Set.of(Role.COMISIONADO), false, true, false);
    static final Actor OUTSIDER = new Actor(Set.of(Role.PERSONAL), false, false, false);
    static final String TEXT = "<p>Cláusulas</p>";

    Workspace itei;
    Workspace cotai;
    Agreement a;

    @BeforeEach
    void aDraftOfItei() {
        itei = id(new Workspace(WorkspaceType.BODY, "JAL", "ITEI", "Instituto de Transparencia de Jalisco", null, "Jalisco"), 1L);
        cotai = id(new Workspace(WorkspaceType.BODY, "NL", "COTAI", "Comisión de Transparencia de Nuevo León", null, "Nuevo León"), 2L);
        a = Agreement.draft(itei, STAFF, AgreementType.COORDINACION, "Convenio ITEI–COTAI", "Asistencia técnica",
                "Presidencia del Pleno", null, "mario.personal", NOW);
        id(a.getParties().get(0), 10L);
    }

    // ------------------------------------------------------------------ helpers

    static <T> T id(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    void withTextAndCounterparty() {
        a.drafting(STAFF).edit(a.getVersion(), new Draft(a.getType(), a.getTitle(), a.getPurpose(), TEXT, null, null, true), "mario", NOW);
        id(a.drafting(STAFF).addParty(new Party(2L, PartyCategory.BODY, null, "Presidencia", null, null, null), cotai, NOW), 11L);
    }

    AgreementMove move(AgreementState to, Actor actor, Transition in) {
        return a.transition(to, actor, a.getVersion(), in, "mario", TODAY, NOW);
    }

    void toLegalReview() {
        withTextAndCounterparty();
        move(INTERNAL_REVIEW, STAFF, null);
        move(LEGAL_REVIEW, STAFF, null);
    }

    void toSigning() {
        toLegalReview();
        a.clearLegal(LEGAL, a.getVersion(), NOW);
        move(APPROVED, COMMISSIONER, new Transition(null, "CVPDCS/SO/03/2026/04", TODAY.minusDays(5), null, null));
        move(SIGNING, STAFF, null);
    }

    void toInForce() {
        toSigning();
        a.setValidity(STAFF, a.getVersion(), TODAY.minusDays(1), TODAY.plusDays(365), NOW);
        a.sign(STAFF, 10L, TODAY.minusDays(2), "mario", TODAY, NOW);
        a.sign(STAFF, 11L, TODAY.minusDays(1), "mario", TODAY, NOW);
        id(a.attach(STAFF, AttachmentKind.SIGNED_PDF, FileKind.PDF, 99L, NOW), 50L);
        assertThat(a.enterIntoForceIfComplete(TODAY, NOW)).isPresent();
    }

    static void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(ValidationException.class).hasMessage(key);
    }

    static void forbidden(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(ForbiddenException.class)
                .satisfies(e -> assertThat(((ForbiddenException) e).key()).isEqualTo(key));
    }

    // ------------------------------------------------------------------ the tests

    @Nested
    class Drafting {
        @Test
        void onlyStaffOfABodyStartADraftWithATypeAndATitle() {
            Workspace commission = new Workspace(WorkspaceType.COMMISSION, "CVPDCS", "CVPDCS", "Comisión", null, null);
            refused(() -> Agreement.draft(commission, STAFF, AgreementType.COLABORACION, "T", "P", "S", null, "x", NOW), "agreement.workspace.body");
            forbidden(() -> Agreement.draft(itei, OUTSIDER, AgreementType.COLABORACION, "T", "P", "S", null, "x", NOW), "agreement.create.role");
            refused(() -> Agreement.draft(itei, STAFF, null, "T", "P", "S", null, "x", NOW), "agreement.type.required");
            refused(() -> Agreement.draft(itei, STAFF, AgreementType.COLABORACION, " ", "P", "S", null, "x", NOW), "agreement.title.required");
            assertThat(a.getParties()).singleElement().satisfies(p -> assertThat(p.getBody()).isSameAs(itei));
            assertThat(a.getState()).isEqualTo(DRAFT);
        }

        @Test
        void aChangedTextIsANewVersionAndAStaleOneIsAConflict() {
            Draft d = new Draft(a.getType(), a.getTitle(), a.getPurpose(), TEXT, null, null, true);
            assertThat(a.drafting(STAFF).edit(0, d, "mario", NOW)).hasValueSatisfying(v -> assertThat(v.getNumber()).isEqualTo(1));
            assertThat(a.drafting(STAFF).edit(0, d, "mario", NOW)).isEmpty();
            assertThatThrownBy(() -> a.drafting(STAFF).edit(7, d, "mario", NOW)).isInstanceOf(ConflictException.class);
            refused(() -> a.drafting(STAFF).edit(0, new Draft(a.getType(), "t", "p", TEXT, TODAY, TODAY.minusDays(1), true), "m", NOW),
                    "agreement.validity.order");
        }

        @Test
        void onlyTheDraftingBodysStaffEditAndOnlyWhileDrafting() {
            forbidden(() -> a.drafting(OUTSIDER), "agreement.edit.role");
            toLegalReview();
            refused(() -> a.drafting(STAFF), "agreement.edit.state");
        }

        @Test
        void partiesAreNeverTwiceAndTheDrafterAndPartiesWithCommitmentsStay() {
            withTextAndCounterparty();
            AgreementDraft draft = a.drafting(STAFF);
            refused(() -> draft.addParty(new Party(2L, PartyCategory.BODY, null, "S", null, null, null), cotai, NOW), "agreement.party.duplicate");
            refused(() -> draft.addParty(new Party(3L, PartyCategory.BODY, null, "S", null, null, null), null, NOW), "agreement.party.body.invalid");
            refused(() -> draft.addParty(new Party(null, null, "UdeG", "S", null, null, null), null, NOW), "agreement.party.category.required");
            refused(() -> draft.addParty(new Party(null, PartyCategory.UNIVERSITY, "UdeG", "S", null, null, "no-es-correo"), null, NOW), "agreement.party.email");
            refused(() -> draft.addParty(new Party(null, PartyCategory.UNIVERSITY, "UdeG", " ", null, null, null), null, NOW), "agreement.party.signatory.required");
            draft.addParty(new Party(null, PartyCategory.UNIVERSITY, "UdeG", "Rectoría", null, null, null), null, NOW);
            refused(() -> draft.addParty(new Party(null, PartyCategory.UNIVERSITY, "udeg", "Rectoría", null, null, null), null, NOW), "agreement.party.duplicate");
            refused(() -> draft.removeParty(10L, NOW), "agreement.party.drafter");
            refused(() -> draft.removeParty(77L, NOW), "agreement.party.notOnAgreement");
            a.commit(STAFF, 11L, "Informe", "Enlace", TODAY.plusDays(10), NOW);
            refused(() -> draft.removeParty(11L, NOW), "agreement.party.hasCommitments");
            assertThat(a.getParties()).hasSize(3);
        }

        @Test
        void addingOrChangingAPartyIsAChangeOfTheAgreement() {
            // touch() marks the aggregate dirty, so JPA gives it a new version: an older view then conflicts.
            Instant later = NOW.plusSeconds(60);
            a.drafting(STAFF).addParty(new Party(null, PartyCategory.UNIVERSITY, "UdeG", "Rectoría", null, null, null), null, later);
            assertThat(a.getUpdatedAt()).isEqualTo(later);
            Instant evenLater = later.plusSeconds(60);
            a.drafting(STAFF).updateParty(10L, new Party(null, null, null, "Presidencia", null, null, null), evenLater);
            assertThat(a.getUpdatedAt()).isEqualTo(evenLater);
        }
    }

    @Nested
    class Workflow {
        @Test
        void internalReviewNeedsTwoPartiesAndAText() {
            refused(() -> move(INTERNAL_REVIEW, STAFF, null), "agreement.parties.min");
            id(a.drafting(STAFF).addParty(new Party(2L, PartyCategory.BODY, null, "Presidencia", null, null, null), cotai, NOW), 11L);
            refused(() -> move(INTERNAL_REVIEW, STAFF, null), "agreement.text.required");
            a.drafting(STAFF).edit(a.getVersion(), new Draft(a.getType(), a.getTitle(), a.getPurpose(), TEXT, null, null, true), "m", NOW);
            assertThat(move(INTERNAL_REVIEW, STAFF, null).to()).isEqualTo(INTERNAL_REVIEW);
        }

        @Test
        void aMoveThatDoesNotExistOrIsNotTheActorsOrFromAStaleVersionIsRefused() {
            refused(() -> move(APPROVED, COMMISSIONER, null), "agreement.transition.invalid");
            withTextAndCounterparty();
            forbidden(() -> move(INTERNAL_REVIEW, OUTSIDER, null), "agreement.transition.role");
            assertThatThrownBy(() -> a.transition(INTERNAL_REVIEW, STAFF, a.getVersion() + 1, null, "m", TODAY, NOW))
                    .isInstanceOf(ConflictException.class);
            assertThat(a.getState()).isEqualTo(DRAFT);
        }

        @Test
        void sendingBackToDraftNeedsACommentAndUndoesTheLegalClearance() {
            toLegalReview();
            a.clearLegal(LEGAL, a.getVersion(), NOW);
            refused(() -> move(DRAFT, LEGAL, Transition.comment("  ")), "agreement.comment.required");
            AgreementMove m = move(DRAFT, LEGAL, Transition.comment("Revise la cláusula tercera"));
            assertThat(m.comment()).isEqualTo("Revise la cláusula tercera");
            assertThat(a.isLegalCleared()).isFalse();
            assertThat(a.getState()).isEqualTo(DRAFT);
        }

        @Test
        void legalClearanceIsAJuridicosInLegalReview() {
            refused(() -> a.clearLegal(LEGAL, a.getVersion(), NOW), "agreement.clear.state");
            toLegalReview();
            forbidden(() -> a.clearLegal(STAFF, a.getVersion(), NOW), "agreement.clear.role");
            assertThatThrownBy(() -> a.clearLegal(LEGAL, a.getVersion() + 1, NOW)).isInstanceOf(ConflictException.class);
            a.clearLegal(LEGAL, a.getVersion(), NOW);
            assertThat(a.isLegalCleared()).isTrue();
        }

        @Test
        void aSecondClearanceIsRefused() {
            toLegalReview();
            a.clearLegal(LEGAL, a.getVersion(), NOW);
            refused(() -> a.clearLegal(LEGAL, a.getVersion(), NOW.plusSeconds(60)), "agreement.clear.already");
            assertThat(a.getUpdatedAt()).isEqualTo(NOW);
        }

        @Test
        void approvalNeedsLegalsClearanceAndACompleteAcuerdoNotInTheFuture() {
            toLegalReview();
            refused(() -> move(APPROVED, COMMISSIONER, null), "agreement.approve.notCleared");
            a.clearLegal(LEGAL, a.getVersion(), NOW);
            refused(() -> move(APPROVED, COMMISSIONER, new Transition(null, "CVPDCS/SO/03/2026/04", null, null, null)), "agreement.acuerdo.incomplete");
            refused(() -> move(APPROVED, COMMISSIONER, new Transition(null, null, TODAY, null, null)), "agreement.acuerdo.incomplete");
            refused(() -> move(APPROVED, COMMISSIONER, new Transition(null, "N", TODAY.plusDays(1), null, null)), "agreement.acuerdo.future");
            AgreementMove m = move(APPROVED, COMMISSIONER, new Transition("Por unanimidad", "CVPDCS/SO/03/2026/04", TODAY, null, null));
            assertThat(m.comment()).isEqualTo("CVPDCS/SO/03/2026/04 — Por unanimidad");
            assertThat(a.getApprovalAcuerdoNumber()).isEqualTo("CVPDCS/SO/03/2026/04");
            assertThat(a.getApprovalAcuerdoDate()).isEqualTo(TODAY);
        }

        @Test
        void signingStartsFromACleanSheetAndEachSignatureIsChecked() {
            refused(() -> a.sign(STAFF, 10L, TODAY, "m", TODAY, NOW), "agreement.sign.state");
            toSigning();
            forbidden(() -> a.sign(OUTSIDER, 10L, TODAY, "m", TODAY, NOW), "agreement.sign.role");
            refused(() -> a.sign(STAFF, 77L, TODAY, "m", TODAY, NOW), "agreement.sign.party.invalid");
            refused(() -> a.sign(STAFF, 10L, null, "m", TODAY, NOW), "agreement.sign.date.required");
            refused(() -> a.sign(STAFF, 10L, TODAY.plusDays(1), "m", TODAY, NOW), "agreement.sign.future");
            refused(() -> a.sign(STAFF, 10L, TODAY.minusDays(6), "m", TODAY, NOW), "agreement.sign.beforeApproval");
            a.sign(STAFF, 10L, TODAY, "m", TODAY, NOW);
            assertThat(a.getParties().get(0).getSignedOn()).isEqualTo(TODAY);
        }

        @Test
        void theSystemPutsItInForceOnlyWithEverySignatureTheSignedPdfAndTheValidity() {
            toSigning();
            refused(() -> a.setValidity(STAFF, a.getVersion(), TODAY, null, NOW), "agreement.validity.required");
            refused(() -> a.setValidity(STAFF, a.getVersion(), TODAY, TODAY.minusDays(1), NOW), "agreement.validity.order");
            a.setValidity(STAFF, a.getVersion(), TODAY.minusDays(1), TODAY.plusDays(365), NOW);
            a.sign(STAFF, 10L, TODAY.minusDays(2), "m", TODAY, NOW);
            assertThat(a.enterIntoForceIfComplete(TODAY, NOW)).isEmpty();
            a.sign(STAFF, 11L, TODAY.minusDays(1), "m", TODAY, NOW);
            assertThat(a.enterIntoForceIfComplete(TODAY, NOW)).as("no signed PDF yet").isEmpty();
            refused(() -> a.attach(STAFF, AttachmentKind.SIGNED_PDF, FileKind.PNG, 99L, NOW), "agreement.signedPdf.kind");
            a.attach(STAFF, AttachmentKind.SIGNED_PDF, FileKind.PDF, 99L, NOW);
            forbidden(() -> move(IN_FORCE, STAFF, null), "agreement.transition.role");
            assertThat(a.enterIntoForceIfComplete(TODAY, NOW)).hasValueSatisfying(m -> assertThat(m.to()).isEqualTo(IN_FORCE));
            assertThat(a.getSignedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(a.getVisibility()).isEqualTo(Visibility.PUBLIC);
        }

        @Test
        void signedWithAValidityStartingLaterItIsSignedNotInForceAndStaysPrivate() {
            toSigning();
            LocalDate start = TODAY.plusDays(12);
            a.setValidity(STAFF, a.getVersion(), start, start.plusYears(1), NOW);
            a.sign(STAFF, 10L, TODAY.minusDays(1), "m", TODAY, NOW);
            a.sign(STAFF, 11L, TODAY, "m", TODAY, NOW);
            a.attach(STAFF, AttachmentKind.SIGNED_PDF, FileKind.PDF, 99L, NOW);
            assertThat(a.enterIntoForceIfComplete(TODAY, NOW)).hasValueSatisfying(m -> {
                assertThat(m.from()).isEqualTo(SIGNING);
                assertThat(m.to()).isEqualTo(SIGNED);
            });
            assertThat(a.getState()).isEqualTo(SIGNED);
            assertThat(a.getSignedOn()).isEqualTo(TODAY);
            assertThat(a.getVisibility()).as("published only once in force").isEqualTo(Visibility.PRIVATE);
            assertThat(a.enterIntoForceIfComplete(TODAY, NOW)).as("not SIGNING any more").isEmpty();
            forbidden(() -> move(IN_FORCE, STAFF, null), "agreement.transition.role");
            refused(() -> a.enterIntoForceOnStart(start.minusDays(1), NOW), "agreement.start.notYet");
            assertThat(a.getState()).isEqualTo(SIGNED);

            AgreementMove m = a.enterIntoForceOnStart(start, NOW);
            assertThat(m.from()).isEqualTo(SIGNED);
            assertThat(m.to()).isEqualTo(IN_FORCE);
            assertThat(a.getVisibility()).isEqualTo(Visibility.PUBLIC);
            refused(() -> a.enterIntoForceOnStart(start, NOW), "agreement.start.state");
        }

        @Test
        void aSignedAgreementStartsLateIfADailyRunWasMissedAndCanBeCalledOffBeforeItsStart() {
            toSigning();
            LocalDate start = TODAY.plusDays(3);
            a.setValidity(STAFF, a.getVersion(), start, start.plusYears(1), NOW);
            a.sign(STAFF, 10L, TODAY, "m", TODAY, NOW);
            a.sign(STAFF, 11L, TODAY, "m", TODAY, NOW);
            a.attach(STAFF, AttachmentKind.SIGNED_PDF, FileKind.PDF, 99L, NOW);
            a.enterIntoForceIfComplete(TODAY, NOW);
            assertThat(a.enterIntoForceOnStart(start.plusDays(2), NOW).to()).isEqualTo(IN_FORCE);

            aDraftOfItei();
            toSigning();
            a.setValidity(STAFF, a.getVersion(), start, start.plusYears(1), NOW);
            a.sign(STAFF, 10L, TODAY, "m", TODAY, NOW);
            a.sign(STAFF, 11L, TODAY, "m", TODAY, NOW);
            a.attach(STAFF, AttachmentKind.SIGNED_PDF, FileKind.PDF, 99L, NOW);
            a.enterIntoForceIfComplete(TODAY, NOW);
            forbidden(() -> move(TERMINATED, STAFF, new Transition(null, null, null, TODAY, "Motivo")), "agreement.transition.role");
            AgreementMove off = move(TERMINATED, COMMISSIONER, new Transition(null, null, null, TODAY, "Se canceló"));
            assertThat(off.from()).isEqualTo(SIGNED);
            assertThat(a.getEndedOn()).isEqualTo(TODAY);
            assertThat(a.getVisibility()).isEqualTo(Visibility.PRIVATE);
        }

        @Test
        void theDemoSeedLeavesASignedAgreementPrivateUntilItsStart() {
            toSigning();
            refused(() -> a.seedSigned(TODAY, TODAY, TODAY.plusYears(1), TODAY, NOW), "agreement.start.state");
            AgreementMove m = a.seedSigned(TODAY.minusDays(1), TODAY.plusDays(2), TODAY.plusYears(1), TODAY, NOW);
            assertThat(m.to()).isEqualTo(SIGNED);
            assertThat(a.getSignedOn()).isEqualTo(TODAY.minusDays(1));
            assertThat(a.getVisibility()).isEqualTo(Visibility.PRIVATE);
            assertThat(a.enterIntoForceOnStart(TODAY.plusDays(2), NOW).to()).isEqualTo(IN_FORCE);
        }

        @Test
        void signedWithAValidityStartingTodayItIsInForceAtOnce() {
            toSigning();
            a.setValidity(STAFF, a.getVersion(), TODAY, TODAY.plusYears(1), NOW);
            a.sign(STAFF, 10L, TODAY, "m", TODAY, NOW);
            a.sign(STAFF, 11L, TODAY, "m", TODAY, NOW);
            a.attach(STAFF, AttachmentKind.SIGNED_PDF, FileKind.PDF, 99L, NOW);
            assertThat(a.enterIntoForceIfComplete(TODAY, NOW)).hasValueSatisfying(m -> assertThat(m.to()).isEqualTo(IN_FORCE));
        }

        @Test
        void itExpiresOnlyOnceItsValidityHasPassed() {
            toInForce();
            refused(() -> a.expire(TODAY, NOW), "agreement.expire.notYet");
            forbidden(() -> move(EXPIRED, COMMISSIONER, null), "agreement.transition.role");
            AgreementMove m = a.expire(TODAY.plusDays(366), NOW);
            assertThat(m.from()).isEqualTo(IN_FORCE);
            assertThat(a.getState()).isEqualTo(EXPIRED);
            assertThat(a.getEndedOn()).isEqualTo(TODAY.plusDays(365));
        }

        @Test
        void terminationNeedsAReasonAndAnEndDateNotBeforeTheValidity() {
            toInForce();
            refused(() -> move(TERMINATED, COMMISSIONER, new Transition(null, null, null, TODAY, null)), "agreement.terminate.required");
            refused(() -> move(TERMINATED, COMMISSIONER, new Transition(null, null, null, null, "Motivo")), "agreement.terminate.required");
            refused(() -> move(TERMINATED, COMMISSIONER, new Transition(null, null, null, TODAY.minusDays(2), "Motivo")),
                    "agreement.terminate.beforeStart");
            forbidden(() -> move(TERMINATED, STAFF, new Transition(null, null, null, TODAY, "Motivo")), "agreement.transition.role");
            AgreementMove m = move(TERMINATED, COMMISSIONER, new Transition("Acordado", null, null, TODAY, "Motivo"));
            assertThat(m.comment()).isEqualTo("Motivo — Acordado");
            assertThat(a.getEndReason()).isEqualTo("Motivo");
            assertThat(a.getEndedOn()).isEqualTo(TODAY);
        }

        @Test
        void renewalEndsItTodayAndStartsADraftWithTheSamePartiesAndText() {
            toInForce();
            AgreementMove m = move(RENEWED, STAFF, null);
            Agreement next = m.renewal();
            assertThat(a.getState()).isEqualTo(RENEWED);
            assertThat(a.getEndedOn()).isEqualTo(TODAY);
            assertThat(next.getState()).isEqualTo(DRAFT);
            assertThat(next.getRenewedFrom()).isSameAs(a);
            assertThat(next.getParties()).extracting(AgreementParty::getName).containsExactlyElementsOf(
                    a.getParties().stream().map(AgreementParty::getName).toList());
            assertThat(next.getParties()).allSatisfy(p -> assertThat(p.getSignedOn()).isNull());
            assertThat(next.getBodyHtml()).isEqualTo(a.getBodyHtml());
            assertThat(next.getTextVersion()).isEqualTo(1);
        }
    }

    @Nested
    class AttachmentsAndCommitments {
        @Test
        void theSignedPdfOnlyWhileSigningAnnexesUntilItEnds() {
            refused(() -> a.checkAttachable(STAFF, null), "agreement.attachment.kind");
            refused(() -> a.checkAttachable(STAFF, AttachmentKind.SIGNED_PDF), "agreement.sign.state");
            forbidden(() -> a.checkAttachable(OUTSIDER, AttachmentKind.ANNEX), "agreement.edit.role");
            a.attach(STAFF, AttachmentKind.ANNEX, FileKind.PNG, 5L, NOW);
            assertThat(a.getAttachments()).hasSize(1);
            toInForce();
            a.expire(TODAY.plusDays(366), NOW);
            refused(() -> a.checkAttachable(STAFF, AttachmentKind.ANNEX), "agreement.attachment.state");
        }

        @Test
        void commitmentsBelongToAPartyHaveAResponsibleAndADueDate() {
            withTextAndCounterparty();
            forbidden(() -> a.commit(OUTSIDER, 11L, "Informe", "Enlace", TODAY, NOW), "agreement.commitment.role");
            refused(() -> a.commit(STAFF, null, "Informe", "Enlace", TODAY, NOW), "agreement.commitment.party.invalid");
            refused(() -> a.commit(STAFF, 77L, "Informe", "Enlace", TODAY, NOW), "agreement.commitment.party.invalid");
            refused(() -> a.commit(STAFF, 11L, " ", "Enlace", TODAY, NOW), "agreement.commitment.description");
            refused(() -> a.commit(STAFF, 11L, "Informe", null, TODAY, NOW), "agreement.commitment.responsible.required");
            refused(() -> a.commit(STAFF, 11L, "Informe", "Enlace", null, NOW), "agreement.commitment.due.required");
            Commitment c = a.commit(STAFF, 11L, "Informe", "Enlace", TODAY.plusDays(3), NOW);
            assertThat(c.getStatus()).isEqualTo(CommitmentStatus.PENDING);
            assertThat(a.getCommitments()).containsExactly(c);
        }

        @Test
        void aLateCommitmentStaysOverdueWhateverThePersonChooses() {
            withTextAndCounterparty();
            Commitment c = a.commit(STAFF, 11L, "Informe", "Enlace", TODAY.minusDays(1), NOW);
            refused(() -> c.report(c.getVersion(), null, null, TODAY, NOW), "agreement.commitment.status.required");
            assertThatThrownBy(() -> c.report(c.getVersion() + 1, CommitmentStatus.DONE, null, TODAY, NOW)).isInstanceOf(ConflictException.class);
            assertThat(c.report(c.getVersion(), CommitmentStatus.IN_PROGRESS, "  ", TODAY, NOW)).isEqualTo(CommitmentStatus.OVERDUE);
            assertThat(c.getEvidence()).isNull();
            assertThat(c.report(c.getVersion(), CommitmentStatus.DONE, "Entregado", TODAY, NOW)).isEqualTo(CommitmentStatus.DONE);
            assertThat(c.markOverdue(TODAY, NOW)).isFalse();
        }

        @Test
        void theDailyRuleMarksOpenCommitmentsPastTheirDay() {
            withTextAndCounterparty();
            Commitment late = a.commit(STAFF, 11L, "Informe", "Enlace", TODAY.minusDays(1), NOW);
            Commitment due = a.commit(STAFF, 11L, "Otro", "Enlace", TODAY, NOW);
            assertThat(late.markOverdue(TODAY, NOW)).isTrue();
            assertThat(late.getStatus()).isEqualTo(CommitmentStatus.OVERDUE);
            assertThat(due.markOverdue(TODAY, NOW)).isFalse();
        }

        @Test
        void commitmentsStopWhenTheAgreementEnds() {
            toInForce();
            a.expire(TODAY.plusDays(366), NOW);
            refused(() -> a.commit(STAFF, 11L, "Informe", "Enlace", TODAY, NOW), "agreement.commitment.state");
        }
    }
}
