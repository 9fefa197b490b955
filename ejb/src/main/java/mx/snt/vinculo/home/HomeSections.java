package mx.snt.vinculo.home;

import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Role;

import java.util.Arrays;
import java.util.List;

/**
 * Which sections a person's home has, and their windows. A section is shown to the roles that
 * act on it (an empty one then says so); the others would only be noise. The windows are the
 * features' own: a week of sessions, commitments within 30 days (the nearer reminder threshold),
 * calls closing within 30 days (a
 * proposal takes a body's staff a few weeks to prepare).
 */
public final class HomeSections {

    /** Items listed per section; the count says how many there are in all. */
    public static final int ITEMS = 5;
    public static final int RECENT = 10;
    public static final int WEEK_DAYS = 7;
    public static final int COMMITMENT_DAYS = 30;
    public static final int CALL_DAYS = 30;

    private HomeSections() {
    }

    public static List<HomeSection> of(Caller caller) {
        if (!caller.signedIn()) {
            return List.of();
        }
        return Arrays.stream(HomeSection.values()).filter(s -> applies(s, caller)).toList();
    }

    static boolean applies(HomeSection section, Caller caller) {
        boolean staff = caller.has(Role.PERSONAL) || caller.has(Role.SECRETARIO_TECNICO) || caller.has(Role.COMISIONADO);
        return switch (section) {
            case SESSIONS, CALLS -> true;
            // Commissioners vote; the technical secretary records votes.
            case VOTES -> caller.has(Role.COMISIONADO) || caller.has(Role.SECRETARIO_TECNICO);
            case AGREEMENTS -> staff || caller.has(Role.JURIDICO);
            case COMMITMENTS, DRAFTS -> staff;
            // A commission's technical secretary (or an admin member of it) evaluates its proposals.
            case PROPOSALS -> caller.has(Role.SECRETARIO_TECNICO) || caller.has(Role.ADMIN);
        };
    }
}
