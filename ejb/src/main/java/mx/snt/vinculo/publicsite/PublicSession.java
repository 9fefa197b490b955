package mx.snt.vinculo.publicsite;

import mx.snt.vinculo.sessions.SessionKind;
import mx.snt.vinculo.sessions.SessionRules;
import mx.snt.vinculo.sessions.SessionState;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A public session's page. It carries no remote-meeting link, attendance or quorum: the
 * transmission ({@code livestreamUrl}) while it is held, the recording with its chapters
 * afterwards, the stenographic version, the acta (once published) and its published acuerdos.
 */
public record PublicSession(long id, String workspaceCode, String workspaceAcronym, String workspaceName,
                            String workspacePath, SessionKind kind, int number, int year, String title,
                            Instant startsAt, int durationMinutes, String place, SessionState state,
                            String livestreamUrl, String recordingUrl, String stenoText, Long stenoFileId,
                            boolean actaPublished, List<PublicItem> items, List<PublicAcuerdoRow> acuerdos,
                            String path, mx.snt.vinculo.sessions.CitizenSummary summary) implements Serializable {
    public boolean live() {
        return state == SessionState.IN_PROGRESS;
    }

    public String label() {
        return SessionRules.label(kind, number, year);
    }

    /** The stenographic version's paragraphs (blank lines separate them). */
    public List<String> stenoParagraphs() {
        return stenoText == null ? List.of() : java.util.Arrays.stream(stenoText.split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    public boolean hasChapters() {
        return recordingUrl != null && items.stream().anyMatch(i -> i.recordingOffset() != null);
    }
}
