package mx.snt.vinculo.agreements;

import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.security.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static mx.snt.vinculo.agreements.AgreementState.*;

/**
 * Which moves exist and who may make them. Pure rules, so they are unit-tested; the service
 * supplies the facts about the caller and enforces what these answer.
 *
 * <ul>
 *   <li>Staff of the drafting body (personal, secretario técnico or comisionado, member of the
 *       agreement's workspace) draft, submit to internal review, do the internal review
 *       (forward to legal review or send back), start the signing and renew.</li>
 *   <li>Legal review: any {@code juridico} of the network. Legal teams are few and shared
 *       between bodies (the demo's reviewer belongs to INAIP while the drafter is ITEI), so
 *       an agreement waiting in LEGAL_REVIEW is visible to every juridico; a juridico clears
 *       it (favourable opinion) or sends it back to DRAFT with comments.</li>
 *   <li>A {@code comisionado} of a party body approves (only once legal cleared it) and
 *       terminates.</li>
 *   <li>SIGNING → IN_FORCE (or → SIGNED when the validity starts later), SIGNED → IN_FORCE and
 *       IN_FORCE → EXPIRED are the system's: when every party signed and the signed PDF is
 *       there; on the validity's first day; when the validity ends.</li>
 * </ul>
 */
public final class AgreementWorkflow {

    /** The facts about the caller that the rules need. */
    public record Actor(Set<Role> roles, boolean drafterMember, boolean partyMember, boolean system) {
        public static Actor ofSystem() {
            return new Actor(Set.of(), false, false, true);
        }

        boolean staffOfDrafter() {
            return drafterMember && (roles.contains(Role.PERSONAL) || roles.contains(Role.SECRETARIO_TECNICO)
                    || roles.contains(Role.COMISIONADO));
        }

        boolean commissionerOfParty() {
            return partyMember && roles.contains(Role.COMISIONADO);
        }

        boolean legal() {
            return roles.contains(Role.JURIDICO);
        }
    }

    private AgreementWorkflow() {
    }

    /** The moves that exist from a state, whoever asks. */
    public static Set<AgreementState> next(AgreementState from) {
        return switch (from) {
            case DRAFT -> EnumSet.of(INTERNAL_REVIEW);
            case INTERNAL_REVIEW -> EnumSet.of(LEGAL_REVIEW, DRAFT);
            case LEGAL_REVIEW -> EnumSet.of(APPROVED, DRAFT);
            case APPROVED -> EnumSet.of(SIGNING);
            case SIGNING -> EnumSet.of(SIGNED, IN_FORCE);
            case SIGNED -> EnumSet.of(IN_FORCE, TERMINATED);
            case IN_FORCE -> EnumSet.of(EXPIRED, TERMINATED, RENEWED);
            case EXPIRED, TERMINATED, RENEWED -> EnumSet.noneOf(AgreementState.class);
        };
    }

    /** A move back to DRAFT is a reviewer's "send back": it needs a comment. */
    public static boolean isSendBack(AgreementState from, AgreementState to) {
        return to == DRAFT && (from == INTERNAL_REVIEW || from == LEGAL_REVIEW);
    }

    /**
     * Refuses a move that does not exist (422, nothing changes) or that this caller may not
     * make (403). {@code legalCleared}: a juridico gave the favourable opinion.
     */
    public static void check(AgreementState from, AgreementState to, Actor actor, boolean legalCleared) {
        if (to == null || !next(from).contains(to)) {
            throw new ValidationException("agreement.transition.invalid", from.name(), to == null ? "—" : to.name());
        }
        if (!allowed(from, to, actor)) {
            throw new AgreementForbiddenException("agreement.transition.role", from.name(), to.name());
        }
        if (from == LEGAL_REVIEW && to == APPROVED && !legalCleared) {
            throw new ValidationException("agreement.approve.notCleared");
        }
    }

    /** Whether this caller may make this (existing) move. */
    public static boolean allowed(AgreementState from, AgreementState to, Actor actor) {
        if (!next(from).contains(to)) {
            return false;
        }
        if (to == SIGNED || to == IN_FORCE || to == EXPIRED) {
            return actor.system();
        }
        if (actor.system()) {
            return false;
        }
        return switch (to) {
            case INTERNAL_REVIEW, SIGNING -> actor.staffOfDrafter();
            case LEGAL_REVIEW -> actor.staffOfDrafter();
            case DRAFT -> from == INTERNAL_REVIEW ? actor.staffOfDrafter() : actor.legal();
            case APPROVED, TERMINATED -> actor.commissionerOfParty();
            case RENEWED -> actor.staffOfDrafter() || actor.commissionerOfParty();
            default -> false;
        };
    }

    /** The moves this caller could make now, for the page's buttons (the service still checks). */
    public static List<AgreementState> available(AgreementState from, Actor actor) {
        return next(from).stream().filter(to -> allowed(from, to, actor)).toList();
    }

    /** Legal's favourable opinion: a juridico, while the agreement is in LEGAL_REVIEW. */
    public static void checkClear(AgreementState state, Actor actor) {
        if (state != LEGAL_REVIEW) {
            throw new ValidationException("agreement.clear.state");
        }
        if (!actor.legal()) {
            throw new AgreementForbiddenException("agreement.clear.role");
        }
    }

    /** The text, parties and dates change only while drafting. */
    public static void checkEdit(AgreementState state, Actor actor) {
        if (state != DRAFT) {
            throw new ValidationException("agreement.edit.state");
        }
        if (!actor.staffOfDrafter()) {
            throw new AgreementForbiddenException("agreement.edit.role");
        }
    }

    /** Staff of the drafting body may edit (for the page's forms). */
    public static boolean mayEdit(AgreementState state, Actor actor) {
        return state == DRAFT && actor.staffOfDrafter();
    }

    /** Signatures and the signed PDF are recorded by the drafting body's staff while SIGNING. */
    public static void checkSigning(AgreementState state, Actor actor) {
        if (state != SIGNING) {
            throw new ValidationException("agreement.sign.state");
        }
        if (!actor.staffOfDrafter()) {
            throw new AgreementForbiddenException("agreement.sign.role");
        }
    }

    /** Commitments are tracked by the staff of any party body (the drafter is one) until the agreement ends. */
    public static void checkCommitments(AgreementState state, Actor actor) {
        if (state.ended()) {
            throw new ValidationException("agreement.commitment.state");
        }
        if (!mayTrack(actor)) {
            throw new AgreementForbiddenException("agreement.commitment.role");
        }
    }

    public static boolean mayTrack(Actor actor) {
        return (actor.drafterMember() || actor.partyMember()) && (actor.roles().contains(Role.PERSONAL)
                || actor.roles().contains(Role.SECRETARIO_TECNICO) || actor.roles().contains(Role.COMISIONADO));
    }
}
