package mx.snt.vinculo.publicsite;

import java.io.Serializable;
import java.time.Instant;

/**
 * A published acuerdo in the register: its number and clean address, the commission, the text,
 * the result with its count (a secret ballot has counts, never names), its session, and its plain-language
 * summary with its translations.
 */
public record PublicAcuerdoRow(long id, String number, String path, Instant adoptedAt, String workspaceCode,
                               String workspaceAcronym, String workspaceName, String text, String result, int votesFor,
                               int votesAgainst, int abstentions, boolean secret, String sessionTitle,
                               String sessionPath,
                               mx.snt.vinculo.sessions.CitizenSummary summary) implements Serializable {
    public boolean approved() {
        return "APPROVED".equals(result);
    }
}
