package mx.snt.vinculo.it.sessions;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live-session benchmark (README, "Sessions"): not a test, and not run by {@code ./vinculo test} (its name does
 * not end in IT). {@code ./vinculo bench-live [viewers] [items]} runs it against a fresh hub: 500 viewers by default on
 * one public session, 4 items (20 actions: take up, open, two votes, close). It prints p50/p95/p99/max of the time from
 * each action's request to each viewer's update, and how the hub served a page meanwhile; the figures also go to
 * {@code ear/target/bench-live.txt}. Its only check is that every viewer got every update.
 */
class LiveBench {

    @Test
    void measure() throws Exception {
        int viewers = Integer.getInteger("bench.viewers", 500);
        int items = Integer.getInteger("bench.items", 4);
        LiveLoad.Report r = LiveLoad.run(viewers, items);
        String text = r.text();
        System.out.println("\n=== bench-live ===\n" + text);
        Files.writeString(Path.of("target", "bench-live.txt"), text);
        assertThat(r.missed()).as("updates that never reached a viewer").isZero();
    }
}
