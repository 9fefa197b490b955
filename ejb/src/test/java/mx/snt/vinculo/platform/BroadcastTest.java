package mx.snt.vinculo.platform;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live updates' broadcast: on two Hazelcast members (two instances of a cluster, in one JVM on loopback), a message
 * published on one reaches the listeners of both; a closed subscription hears nothing more; alone, it stays local.
 */
class BroadcastTest {

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static HazelcastInstance member(String cluster, int port, int other) {
        Config c = new Config();
        c.setClusterName(cluster);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "jdk");
        c.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        c.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        c.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        c.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        c.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port).addMember("127.0.0.1:" + other);
        return Hazelcast.newHazelcastInstance(c);
    }

    @Test
    void aMessagePublishedOnOneInstanceReachesTheListenersOfEvery() throws Exception {
        String cluster = "vinculo-test-" + UUID.randomUUID();
        int pa = freePort();
        int pb = freePort();
        HazelcastInstance a = member(cluster, pa, pb);
        HazelcastInstance b = member(cluster, pb, pa);
        try {
            assertThat(b.getCluster().getMembers()).hasSize(2);
            Broadcast onA = new HazelcastBroadcast(a);
            Broadcast onB = new HazelcastBroadcast(b);
            List<String> heardOnA = new CopyOnWriteArrayList<>();
            List<String> heardOnB = new CopyOnWriteArrayList<>();
            CountDownLatch both = new CountDownLatch(2);
            onA.subscribe("sessions.live", m -> { heardOnA.add(m); both.countDown(); });
            AutoCloseable subB = onB.subscribe("sessions.live", m -> { heardOnB.add(m); both.countDown(); });
            onA.publish("sessions.live", "{\"session\":1}");
            assertThat(both.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(heardOnA).containsExactly("{\"session\":1}");
            assertThat(heardOnB).containsExactly("{\"session\":1}");

            subB.close();
            CountDownLatch again = new CountDownLatch(1);
            onA.subscribe("sessions.live", m -> again.countDown());
            onB.publish("sessions.live", "{\"session\":2}");
            assertThat(again.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // B's closed subscription had the same chance to hear it
            assertThat(heardOnB).containsExactly("{\"session\":1}");
            assertThat(onA.clustered()).isTrue();
        } finally {
            b.shutdown();
            a.shutdown();
        }
    }

    @Test
    void withoutAGridTheMessageStaysOnThisInstance() throws Exception {
        Broadcast local = new LocalBroadcast();
        List<String> heard = new CopyOnWriteArrayList<>();
        AutoCloseable sub = local.subscribe("t", heard::add);
        local.subscribe("other", m -> heard.add("wrong topic"));
        local.publish("t", "x");
        sub.close();
        local.publish("t", "y");
        assertThat(heard).containsExactly("x");
        assertThat(local.clustered()).isFalse();
    }
}
