package mx.snt.vinculo.publicsite;

import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.sessions.SessionKind;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public site's clean addresses, built and read in one place so that they stay stable:
 * {@code /comisiones/cvpdcs}, {@code /regiones/rcentro}, {@code /sesiones/cvpdcs/2026/so-03},
 * {@code /acuerdos/CVPDCS-SO-03-2026-04}. Codes, years and numbers are the item's own stable
 * facts (never database ids), so an address does not change once the item is public.
 */
public final class PublicAddress {

    public static final String SESSIONS = "/sesiones/publicas";
    public static final String ACUERDOS = "/acuerdos";
    public static final String AGREEMENTS = "/convenios-vigentes";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]{1,32}");
    private static final Pattern SESSION_LABEL = Pattern.compile("(so|se)-(\\d{1,3})");
    private static final Pattern ACUERDO = Pattern.compile("([A-Z0-9]{1,32})-(SO|SE)-(\\d{2,3})-(\\d{4})-(\\d{2,3})");

    private PublicAddress() {
    }

    /** The page of a commission or region: {@code /comisiones/cvpdcs}; null for other units (bodies, the network). */
    public static String unit(WorkspaceType type, String code) {
        return switch (type) {
            case COMMISSION, REGION -> "/" + type.groupRoot() + "/" + slug(code);
            default -> null;
        };
    }

    public static String slug(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    /** The workspace code a slug stands for, if the slug is well formed. */
    public static Optional<String> code(String slug) {
        return slug != null && SLUG.matcher(slug).matches() ? Optional.of(slug.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** {@code /sesiones/cvpdcs/2026/so-03}. */
    public static String session(String workspaceCode, int year, SessionKind kind, int number) {
        return "/sesiones/" + slug(workspaceCode) + "/" + year + "/" + kind.code().toLowerCase(Locale.ROOT)
                + "-" + String.format("%02d", number);
    }

    /** What a session's address names; empty when it is not well formed. */
    public static Optional<SessionKey> sessionKey(String slug, String year, String label) {
        Optional<String> code = code(slug);
        Matcher m = label == null ? null : SESSION_LABEL.matcher(label);
        if (code.isEmpty() || year == null || !year.matches("\\d{4}") || m == null || !m.matches()) {
            return Optional.empty();
        }
        SessionKind kind = "so".equals(m.group(1)) ? SessionKind.ORDINARY : SessionKind.EXTRAORDINARY;
        return Optional.of(new SessionKey(code.get(), Integer.parseInt(year), kind, Integer.parseInt(m.group(2))));
    }

    /** {@code /acuerdos/CVPDCS-SO-03-2026-04} for the acuerdo {@code CVPDCS/SO/03/2026/04}. */
    public static String acuerdo(String number) {
        return ACUERDOS + "/" + acuerdoCode(number);
    }

    /** The acuerdo's number as an address segment: slashes become hyphens. */
    public static String acuerdoCode(String number) {
        return number.replace('/', '-');
    }

    /** The acuerdo number an address segment stands for; empty when it is not one. */
    public static Optional<String> acuerdoNumber(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = ACUERDO.matcher(code.toUpperCase(Locale.ROOT));
        return m.matches() ? Optional.of(String.join("/", m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)))
                : Optional.empty();
    }

    /** A session as its address names it. */
    public record SessionKey(String workspaceCode, int year, SessionKind kind, int number) {
    }
}
