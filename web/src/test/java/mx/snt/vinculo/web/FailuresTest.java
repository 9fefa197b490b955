package mx.snt.vinculo.web;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that cannot be reached is told apart from every other failure, however wrapped. */
class FailuresTest {

    @Test
    void aConnectionFailureInsideTheContainersWrappingIsTheDatabaseBeingDown() {
        SQLException link = new SQLException("Communications link failure", "08S01");
        RuntimeException eclipseLink = new RuntimeException("Internal Exception: " + link.getMessage(), link);
        assertThat(Failures.databaseUnavailable(new EJBException(eclipseLink))).isTrue();
        assertThat(Failures.databaseUnavailable(new IllegalStateException(
                new SQLTransientConnectionException("Connection could not be allocated")))).isTrue();
        // The pool's wrapper carries the driver's failure as its next exception.
        SQLException pool = new SQLException("Error in allocating a connection");
        pool.setNextException(new SQLException("Connection refused", "08001"));
        assertThat(Failures.databaseUnavailable(pool)).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Failures.databaseUnavailable(new EJBException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000")))).isFalse();
        assertThat(Failures.databaseUnavailable(new SQLException("Deadlock found", "40001", 1213))).isFalse();
        assertThat(Failures.databaseUnavailable(new IllegalArgumentException("bad"))).isFalse();
        assertThat(Failures.databaseUnavailable(null)).isFalse();
    }
}
