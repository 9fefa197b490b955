package mx.snt.vinculo.platform;

import java.sql.SQLException;

/**
 * Told how far long work has got (done of total), so that its progress can be recorded where
 * every instance reads it. May refuse to go on by throwing (e.g. the run's lease was lost).
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> {
    };

    void progress(int done, int total) throws SQLException;
}
