package mx.snt.vinculo.integration.console;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Read-only views for the console (records for EL: use method syntax). */
public final class ConsoleViews {

    private ConsoleViews() {
    }

    public record RecordRow(long id, String body, String formatId, String period, String kind, long outputId, String title,
                            String loadType, boolean publicNow, String state, int attempts, String lastError, String idRegistro,
                            Instant updatedAt) implements Serializable {
    }

    public record Count(String body, String formatId, String state, long count) implements Serializable {
    }

    public record BodySwitch(long bodyId, String code, String name, boolean enabled, String email) implements Serializable {
    }

    public record DeadEvent(long id, String eventType, String aggregate, int attempts, String lastError, Instant createdAt)
            implements Serializable {
    }

    public record Progress(boolean running, int done, int total) implements Serializable {
    }

    public record DescriptorRow(long id, String kind, String formatId, LocalDate effectiveFrom, boolean builtInTemplate,
                                Map<String, String> sources) implements Serializable {
    }

    /** A template as read from an uploaded .xls: what the admin maps. */
    public record TemplateFields(String formatId, String name, List<Field> fields, List<String> subTables) implements Serializable {
        public record Field(String idCampo, int typeId, String label, List<String> catalog) implements Serializable {
        }
    }
}
