package mx.snt.vinculo.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class KeptAnswersTest {

    final AtomicLong generation = new AtomicLong();
    boolean uncommitted;
    final AtomicInteger computed = new AtomicInteger();

    void install() {
        KeptAnswers.use(new KeptAnswers.Generation() {
            @Override
            public long now() {
                return generation.get();
            }

            @Override
            public boolean uncommittedWrites() {
                return uncommitted;
            }
        });
    }

    @AfterEach
    void uninstall() {
        KeptAnswers.use(null);
        KeptAnswers.clock = System::currentTimeMillis;
    }

    long count(String key) {
        return KeptAnswers.get(key, () -> (long) computed.incrementAndGet());
    }

    @Test
    void nothingIsKeptUntilAGenerationIsInstalled() {
        assertThat(count("k")).isEqualTo(1);
        assertThat(count("k")).isEqualTo(2);
    }

    @Test
    void anAnswerIsKeptUntilTheDataChanges() {
        install();
        assertThat(count("k")).isEqualTo(1);
        assertThat(count("k")).isEqualTo(1);
        assertThat(count("other")).isEqualTo(2);
        generation.incrementAndGet();  // a commit somewhere
        assertThat(count("k")).isEqualTo(3);
        assertThat(count("k")).isEqualTo(3);
    }

    @Test
    void aTransactionWithUncommittedWritesComputesItsOwnAndKeepsNothing() {
        install();
        uncommitted = true;
        assertThat(count("k")).isEqualTo(1);
        assertThat(count("k")).isEqualTo(2);
        uncommitted = false;
        assertThat(count("k")).isEqualTo(3);  // the uncommitted answer was not kept
    }

    @Test
    void keysHoldTheParametersAndRefuseEntities() {
        String a = KeptAnswers.key("SELECT COUNT(p) FROM Proposal p WHERE p.workspace.id IN :ws",
                Map.of("ws", List.of(1L, 21L), "day", LocalDate.of(2026, 12, 2)));
        String b = KeptAnswers.key("SELECT COUNT(p) FROM Proposal p WHERE p.workspace.id IN :ws",
                Map.of("ws", List.of(1L, 22L), "day", LocalDate.of(2026, 12, 2)));
        assertThat(a).isNotNull().isNotEqualTo(b);
        assertThat(KeptAnswers.key("SELECT COUNT(c) FROM Commitment c WHERE c.agreement = :a", Map.of("a", new Object())))
                .isNull();
        install();
        assertThat(count(null)).isEqualTo(1);
        assertThat(count(null)).isEqualTo(2);
    }

    @Test
    void anAnswerTheCallerDoesNotKeepIsComputedEveryTime() {
        install();
        // Odd answers stand for a session in progress: computed at every call, never served from the store.
        java.util.function.Supplier<Long> next = () -> (long) computed.incrementAndGet();
        assertThat(KeptAnswers.get("live", next, n -> n % 2 == 0)).isEqualTo(1);
        assertThat(KeptAnswers.get("live", next, n -> n % 2 == 0)).isEqualTo(2);
        assertThat(KeptAnswers.get("live", next, n -> n % 2 == 0)).isEqualTo(2);
        assertThat(KeptAnswers.get("live", next, n -> n % 2 == 0)).isEqualTo(2);
    }

    @Test
    void answersTooOldToServeAreDroppedWhenTheNextIsKept() {
        AtomicLong millis = new AtomicLong(1_000_000);
        KeptAnswers.clock = millis::get;
        install();
        for (int i = 0; i < 100; i++) {
            count("reader " + i);
        }
        assertThat(KeptAnswers.size()).isEqualTo(100);
        millis.addAndGet(KeptAnswers.TTL_MILLIS / 2);
        assertThat(count("reader 7")).isEqualTo(8);  // still fresh: served, and moved to the end
        count("half-way");
        assertThat(KeptAnswers.size()).isEqualTo(101);
        millis.addAndGet(KeptAnswers.TTL_MILLIS / 2 + 1);
        count("later");
        // The hundred first answers can no longer be served (read since or not) and are gone; the sweep stops at
        // "half-way", still fresh.
        assertThat(KeptAnswers.size()).isEqualTo(2);
        assertThat(count("half-way")).isEqualTo(101);
        assertThat(count("reader 3")).isEqualTo(103);  // computed again
    }
}
