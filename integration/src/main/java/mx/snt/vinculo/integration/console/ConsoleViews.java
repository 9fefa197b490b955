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

    /**
     * A long job's run state, the same on every instance: running (on which instance, since
     * when, done of total); stale when its instance stopped renewing the lease (it died; another
     * takes it over); the last run's end, result and error.
     */
    public record Progress(boolean running, int done, int total, String job, boolean stale, String owner, Instant startedAt,
                           Instant finishedAt, String lastResult, String lastError, Instant lastSuccessAt) implements Serializable {

        public static Progress of(String job, mx.snt.vinculo.platform.ClusterJobs.State s) {
            return s == null ? new Progress(false, 0, 0, job, false, null, null, null, null, null, null)
                    : new Progress(s.running(), s.done(), s.total(), job, s.stale(), s.owner(), s.startedAt(), s.finishedAt(),
                    s.lastResult(), s.lastError(), s.lastSuccessAt());
        }
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
