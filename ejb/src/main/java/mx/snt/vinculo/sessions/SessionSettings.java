package mx.snt.vinculo.sessions;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Configurable rules of sessions, read from MicroProfile Config:
 * <ul>
 *   <li>{@code vinculo.sessions.notice.ORDINARY} / {@code .EXTRAORDINARY}: business days of
 *       notice (5 and 1 by default); per body: {@code vinculo.sessions.notice.<CODE>.<KIND>};</li>
 *   <li>{@code vinculo.sessions.holidays}: extra non-business days, {@code yyyy-MM-dd,…};</li>
 *   <li>{@code vinculo.sessions.quorum-base}: MEMBERS (default) or COMMISSIONERS;</li>
 *   <li>{@code vinculo.sessions.start-lead-minutes}: how long before the hour convened a
 *       session may start, on its day (60 by default).</li>
 * </ul>
 */
public final class SessionSettings {

    private SessionSettings() {
    }

    private static Config config() {
        return ConfigProvider.getConfig(SessionSettings.class.getClassLoader());
    }

    static int noticeDays(String bodyCode, SessionKind kind) {
        Config c = config();
        return c.getOptionalValue("vinculo.sessions.notice." + bodyCode + "." + kind.name(), Integer.class)
                .or(() -> c.getOptionalValue("vinculo.sessions.notice." + kind.name(), Integer.class))
                .orElse(kind == SessionKind.ORDINARY ? 5 : 1);
    }

    /** The notice a convocation of this body and kind must give. */
    static NoticePolicy notice(String bodyCode, SessionKind kind) {
        return new NoticePolicy(noticeDays(bodyCode, kind), calendar());
    }

    public static BusinessCalendar calendar() {
        String extra = config().getOptionalValue("vinculo.sessions.holidays", String.class).orElse("");
        Set<LocalDate> days = Arrays.stream(extra.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toSet());
        return new BusinessCalendar(days);
    }

    static QuorumBase quorumBase() {
        return config().getOptionalValue("vinculo.sessions.quorum-base", String.class)
                .map(QuorumBase::valueOf).orElse(QuorumBase.MEMBERS);
    }

    /** How long before the hour convened a session may start (never the day before). */
    static Duration startLead() {
        return Duration.ofMinutes(config().getOptionalValue("vinculo.sessions.start-lead-minutes", Integer.class).orElse(60));
    }
}
