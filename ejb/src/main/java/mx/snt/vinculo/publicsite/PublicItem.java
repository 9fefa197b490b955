package mx.snt.vinculo.publicsite;

import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.sessions.ItemKind;
import mx.snt.vinculo.sessions.SessionRules;

import java.io.Serializable;
import java.util.List;

/** An item of a public session's order of the day, with its documents and its chapter in the recording. */
public record PublicItem(long id, int position, ItemKind kind, String title, String presenter, String body,
                         Integer recordingOffset, List<FileRef> files) implements Serializable {
    /** "05:09" (empty without a chapter). */
    public String chapter() {
        return SessionRules.formatOffset(recordingOffset);
    }
}
