package mx.snt.vinculo.it.faults;

import mx.snt.vinculo.it.Hub;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak (issue 16): 200 signed-in people reading and writing at once, no error and no lost
 * update. {@code ./vinculo test} runs it for one minute; {@code ./vinculo soak [minutes] [users]}
 * for ten minutes (or what it is given) on a fresh hub. The figures go to {@code target/soak.txt}.
 */
class SoakIT {

    @Test
    void twoHundredPeopleReadAndWriteWithoutAnErrorOrALostUpdate() throws Exception {
        int users = Integer.getInteger("soak.users", 200);
        Duration length = Duration.ofSeconds(Long.getLong("soak.seconds", 60));
        SoakLoad.Report r = SoakLoad.run(users, length);
        String text = r.text();
        System.out.println("\n=== soak ===\n" + text);
        Files.writeString(Path.of("target", "soak.txt"), text + "\n");

        assertThat(r.errors()).as("errors (any 4xx but a version conflict, any 5xx, any timeout)").isEmpty();
        // How fast depends on the machine (the figures are reported, not judged); that every person acted is checked.
        assertThat(r.requests()).as("the load really ran").isGreaterThanOrEqualTo(users);
        assertThat(r.created()).as("documents written").isNotEmpty();
        // Every acknowledged creation is there.
        for (String title : r.created()) {
            assertThat(Hub.count("SELECT COUNT(*) FROM document WHERE title = ?", title)).as(title).isEqualTo(1);
        }
        // No lost update: each shared document moved exactly one version per acknowledged change, and its
        // visibility is where that many toggles leave it.
        for (Map.Entry<String, SoakLoad.Shared> e : r.shared().entrySet()) {
            SoakLoad.Shared s = e.getValue();
            assertThat(s.acknowledged().get()).as("changes on " + e.getKey() + "'s shared document").isPositive();
            assertThat(Hub.count("SELECT version FROM document WHERE id = ?", s.id()) - s.initialVersion())
                    .as("versions of " + e.getKey() + "'s shared document").isEqualTo(s.acknowledged().get());
            assertThat(Hub.string("SELECT visibility FROM document WHERE id = ?", s.id()))
                    .isEqualTo(s.acknowledged().get() % 2 == 0 ? "PRIVATE" : "NETWORK");
        }
    }
}
