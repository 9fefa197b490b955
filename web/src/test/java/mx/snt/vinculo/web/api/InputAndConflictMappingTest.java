package mx.snt.vinculo.web.api;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.Json;
import mx.snt.vinculo.common.ConflictException;
import mx.snt.vinculo.web.Failures;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.SQLException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputAndConflictMappingTest {

    enum Colour { RED }

    record Inner(Long id) {
    }

    record Body(Long workspaceId, int count, Boolean flag, Colour colour, LocalDate day, String title, Inner inner) {
    }

    private static void check(String json) {
        JsonFieldCheck.check(Body.class, Json.createReader(new StringReader(json)).readValue(), "");
    }

    @Test
    void aFieldThatCannotBeWhatItDeclaresIsNamed() {
        assertThatCode(() -> check("{\"workspaceId\":9223372036854775807,\"count\":\"12\",\"flag\":true,\"colour\":\"RED\","
                + "\"day\":\"2026-12-01\",\"title\":\"t\",\"inner\":{\"id\":1},\"unknown\":[1]}")).doesNotThrowAnyException();
        assertThatCode(() -> check("{\"workspaceId\":null}")).doesNotThrowAnyException();
        String[][] bad = {
                {"{\"workspaceId\":99999999999999999999}", "workspaceId"},
                {"{\"workspaceId\":1.5}", "workspaceId"},
                {"{\"workspaceId\":\"abc\"}", "workspaceId"},
                {"{\"count\":2147483648}", "count"},
                {"{\"flag\":1}", "flag"},
                {"{\"colour\":\"BLUE\"}", "colour"},
                {"{\"day\":\"1/12/2026\"}", "day"},
                {"{\"title\":{\"x\":1}}", "title"},
                {"{\"inner\":{\"id\":1e30}}", "inner.id"},
        };
        for (String[] b : bad) {
            assertThatThrownBy(() -> check(b[0])).as(b[0]).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.name()).isEqualTo(b[1]));
        }
    }

    @Test
    void aConflictIsRecognisedWhereverItIsWrapped() {
        assertThat(Failures.isConflict(new EJBException(new ConflictException()))).isTrue();
        assertThat(Failures.isConflict(new EJBTransactionRolledbackException("commit",
                new RuntimeException(new SQLException("Deadlock found", "40001", 1213))))).isTrue();
        assertThat(Failures.isConflict(new EJBException(new IllegalStateException("x")))).isFalse();
        assertThat(Failures.domain(new EJBException(new RuntimeException(new ConflictException())))).isPresent();
    }
}
