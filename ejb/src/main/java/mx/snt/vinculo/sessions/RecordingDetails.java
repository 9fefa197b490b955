package mx.snt.vinculo.sessions;

import java.io.Serializable;
import java.util.Map;

/** A session's chapters per agenda item ("mm:ss", blank when none), its stenographic text and file name, and whether it is public. */
public record RecordingDetails(Map<Long, String> chapters, String stenoText, String stenoFileName, boolean isPublic) implements Serializable {
}
