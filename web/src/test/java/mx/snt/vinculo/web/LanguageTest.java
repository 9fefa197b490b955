package mx.snt.vinculo.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule: the member's choice, else the cookie, else Accept-Language, else es-MX. */
class LanguageTest {

    private static final Locale ES = Texts.SPANISH;

    @Test
    void theRuleInItsOrder() {
        var english = List.of(Locale.forLanguageTag("en-US"));
        assertThat(Language.choose("es", "en", Collections.enumeration(english))).isEqualTo(ES);
        assertThat(Language.choose("en", "es", null)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.choose(null, "en", Collections.enumeration(List.of(ES)))).isEqualTo(Locale.ENGLISH);
        assertThat(Language.choose(null, "es", Collections.enumeration(english))).isEqualTo(ES);
        assertThat(Language.choose(null, null, Collections.enumeration(english))).isEqualTo(Locale.ENGLISH);
        assertThat(Language.choose(null, null, null)).isEqualTo(ES);
    }

    @Test
    void unknownValuesFallThroughToTheNextStep() {
        assertThat(Language.choose("fr", "de", Collections.enumeration(List.of(Locale.forLanguageTag("en-GB"))))).isEqualTo(Locale.ENGLISH);
        // The first language the browser lists that Vínculo speaks wins; one it does not speak is skipped.
        assertThat(Language.choose(null, null, Collections.enumeration(List.of(Locale.FRENCH, Locale.ENGLISH, ES)))).isEqualTo(Locale.ENGLISH);
        assertThat(Language.choose(null, null, Collections.enumeration(List.of(Locale.forLanguageTag("es-AR"), Locale.ENGLISH)))).isEqualTo(ES);
        assertThat(Language.choose(null, null, Collections.enumeration(List.of(Locale.forLanguageTag("fr-FR"))))).isEqualTo(ES);
    }

    @Test
    void aVisitorsCookieBeatsTheBrowser() {
        assertThat(Language.of(request(null, null, "vinculo-lang=en", "es-MX,es;q=0.9"), () -> "es")).isEqualTo(Locale.ENGLISH);
        assertThat(Language.of(request(null, null, "vinculo-lang=es", "en-US"))).isEqualTo(ES);
        assertThat(Language.of(request(null, null, "vinculo-lang=xx", "en-US"))).isEqualTo(Locale.ENGLISH);
        assertThat(Language.of(request(null, null, null, "en-US,en;q=0.8"))).isEqualTo(Locale.ENGLISH);
        // No Accept-Language at all: Spanish, whatever the server's default locale.
        assertThat(Language.of(request(null, null, null, null))).isEqualTo(ES);
    }

    @Test
    void aMembersChoiceBeatsTheCookieAndIsReadOnlyWhenNoSessionKeepsIt() {
        AtomicInteger reads = new AtomicInteger();
        Map<String, Object> session = new HashMap<>();
        HttpServletRequest signedIn = request("sofia.secretaria", session, "vinculo-lang=en", "en-US");
        assertThat(Language.of(signedIn, () -> { reads.incrementAndGet(); return "es"; })).isEqualTo(ES);
        assertThat(reads).hasValue(1);
        // Kept in the session (sign-in, the switch): the directory is not asked again.
        Language.remember(signedIn, "es");
        assertThat(Language.of(signedIn, () -> { reads.incrementAndGet(); return "en"; })).isEqualTo(ES);
        assertThat(reads).hasValue(1);
        // A member who never chose: the cookie, then the browser.
        assertThat(Language.of(request("pedro.personal", new HashMap<>(), "vinculo-lang=en", "es"), () -> null)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.of(request("pedro.personal", null, null, "en"), () -> null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anErrorPageOfASignedInPersonKeepsTheirChoiceWithoutAPrincipal() {
        Map<String, Object> session = new HashMap<>();
        Language.remember(request("elena.comisionada", session, null, null), "en");
        assertThat(Language.of(request(null, session, null, "es-MX"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aVisitorIsNeverGivenASession() {
        HttpServletRequest visitor = request(null, null, null, null);
        Language.remember(visitor, "en"); // would fail on a session of a visitor: the proxy has none to give
        assertThat(Language.of(visitor)).isEqualTo(ES);
    }

    /** A request with a principal (or none), a session's attributes (or no session), a Cookie and an Accept-Language header. */
    private static HttpServletRequest request(String user, Map<String, Object> attributes, String cookie, String acceptLanguage) {
        HttpSession session = attributes == null ? null : (HttpSession) Proxy.newProxyInstance(LanguageTest.class.getClassLoader(),
                new Class<?>[]{HttpSession.class}, (p, m, a) -> switch (m.getName()) {
                    case "getAttribute" -> attributes.get((String) a[0]);
                    case "setAttribute" -> attributes.put((String) a[0], a[1]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        List<Locale> locales = acceptLanguage == null ? List.of(Locale.getDefault())
                : Locale.LanguageRange.parse(acceptLanguage).stream().map(r -> Locale.forLanguageTag(r.getRange())).toList();
        return (HttpServletRequest) Proxy.newProxyInstance(LanguageTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "getUserPrincipal" -> user == null ? null : (Principal) () -> user;
                    case "getSession" -> {
                        if (session == null && a != null && a.length == 1 && Boolean.TRUE.equals(a[0])) {
                            throw new AssertionError("a session was created");
                        }
                        yield session;
                    }
                    case "getCookies" -> cookie == null ? null : new Cookie[]{new Cookie(cookie.split("=")[0], cookie.split("=")[1])};
                    case "getHeader" -> "Accept-Language".equalsIgnoreCase((String) a[0]) ? acceptLanguage : null;
                    case "getLocales" -> Collections.enumeration(locales);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
