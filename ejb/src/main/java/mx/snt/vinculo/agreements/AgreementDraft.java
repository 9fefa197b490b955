package mx.snt.vinculo.agreements;

import mx.snt.vinculo.agreements.AgreementInputs.Draft;
import mx.snt.vinculo.common.Fields;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;

import java.time.Instant;
import java.util.Optional;

/**
 * The drafting operations of an {@link Agreement}, handed out by {@link Agreement#drafting}
 * only while it is a DRAFT and only to the drafting body's staff: the text (a changed text
 * becomes a new version), the description and dates, and the parties.
 */
public final class AgreementDraft {

    static final int MAX_TITLE = 300;
    static final int MAX_PURPOSE = 4000;

    private final Agreement agreement;

    AgreementDraft(Agreement agreement) {
        this.agreement = agreement;
    }

    /** Saves the draft seen at {@code expectedVersion}; the new text version when the text changed. */
    public Optional<AgreementTextVersion> edit(long expectedVersion, Draft in, String by, Instant now) {
        agreement.checkVersion(expectedVersion);
        if (in == null || in.type() == null) {
            throw new ValidationException("agreement.type.required");
        }
        String t = title(in.title());
        String p = purpose(in.purpose());
        AgreementDates.checkValidity(in.validityStart(), in.validityEnd());
        String html = AgreementText.clean(in.html());
        agreement.describe(in.type(), t, p, in.validityStart(), in.validityEnd(), in.publicInForce() == null || in.publicInForce(), now);
        if (html.equals(agreement.getBodyHtml())) {
            return Optional.empty();
        }
        return Optional.of(agreement.saveText(html, by, now));
    }

    /**
     * Adds a body of the directory ({@code body}, when {@code in.bodyId()} is given) or an
     * outside counterparty (category and name); never the same party twice.
     */
    public AgreementParty addParty(AgreementInputs.Party in, Workspace body, Instant now) {
        if (in == null) {
            throw new ValidationException("agreement.party.name.required");
        }
        String signatory = required(in.signatory(), "agreement.party.signatory.required", 200);
        String title = optional(in.signatoryTitle(), 200);
        String contact = optional(in.contactName(), 200);
        String email = email(in.contactEmail());
        int position = agreement.partyList().size() + 1;
        AgreementParty party;
        if (in.bodyId() != null) {
            if (body == null || body.getType() != WorkspaceType.BODY) {
                throw new ValidationException("agreement.party.body.invalid");
            }
            if (agreement.partyList().stream().anyMatch(x -> body.getId().equals(x.getBodyId()))) {
                throw new ValidationException("agreement.party.duplicate");
            }
            party = new AgreementParty(agreement, body, PartyCategory.BODY, body.getName(), signatory, title, contact, email, position);
        } else {
            if (in.category() == null || in.category() == PartyCategory.BODY) {
                throw new ValidationException("agreement.party.category.required");
            }
            String name = required(in.name(), "agreement.party.name.required", 300);
            if (agreement.partyList().stream().anyMatch(x -> x.getBody() == null && x.getName().equalsIgnoreCase(name))) {
                throw new ValidationException("agreement.party.duplicate");
            }
            party = new AgreementParty(agreement, null, in.category(), name, signatory, title, contact, email, position);
        }
        agreement.partyList().add(party);
        agreement.touch(now);  // a new version: an editor working from an older view gets the conflict
        return party;
    }

    /** Changes the signatory and contact of a party (the drafting body's own signatory among them). */
    public AgreementParty updateParty(long partyId, AgreementInputs.Party in, Instant now) {
        AgreementParty p = party(partyId);
        String signatory = required(in == null ? null : in.signatory(), "agreement.party.signatory.required", 200);
        String email = email(in.contactEmail());
        p.change(signatory, optional(in.signatoryTitle(), 200), optional(in.contactName(), 200), email);
        agreement.touch(now);
        return p;
    }

    /** Removes a party, never the drafting body and never one that owes commitments. */
    public AgreementParty removeParty(long partyId, Instant now) {
        AgreementParty p = party(partyId);
        if (agreement.getWorkspace().getId().equals(p.getBodyId())) {
            throw new ValidationException("agreement.party.drafter");
        }
        if (agreement.commitmentList().stream().anyMatch(c -> c.getParty() == p)) {
            throw new ValidationException("agreement.party.hasCommitments");
        }
        agreement.partyList().remove(p);
        agreement.touch(now);
        return p;
    }

    private AgreementParty party(long partyId) {
        return agreement.partyList().stream().filter(x -> x.getId() != null && x.getId() == partyId).findFirst()
                .orElseThrow(() -> new ValidationException("agreement.party.notOnAgreement"));
    }

    private static String email(String value) {
        return mx.snt.vinculo.common.Fields.email(optional(value, 255), "agreement.party.email");
    }

    static String title(String value) {
        return Fields.required(value, MAX_TITLE, "agreement.title");
    }

    static String purpose(String value) {
        return Fields.required(value, MAX_PURPOSE, "agreement.purpose");
    }

    /** Trimmed and present; too long is the feature's generic "agreement.field.tooLong". */
    static String required(String value, String requiredKey, int max) {
        String v = optional(value, max);
        if (v == null) {
            throw new ValidationException(requiredKey);
        }
        return v;
    }

    /** Trimmed, null when blank. */
    static String optional(String value, int max) {
        String v = mx.snt.vinculo.common.Fields.text(value);
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > max) {
            throw new ValidationException("agreement.field.tooLong", max);
        }
        return v;
    }
}
