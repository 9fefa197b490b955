package mx.snt.vinculo.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.digests.PreferenceService;
import mx.snt.vinculo.digests.Preferences;

import java.util.Map;
import java.util.Set;

/** My digest frequency, followed workspaces and immediate notices. */
@Path("me/preferences")
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    /** What a client sends: every choice at once. */
    public record Change(String frequency, Set<Long> followed, Map<String, Boolean> notices) {
    }

    @EJB
    private PreferenceService preferences;

    @GET
    public Preferences mine() {
        return preferences.mine();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Preferences save(Change body) {
        if (body == null || body.frequency() == null) {
            throw new ValidationException("prefs.frequency.required");
        }
        Frequency f;
        try {
            f = Frequency.valueOf(body.frequency());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("prefs.frequency.required");
        }
        return preferences.save(f, body.followed(), body.notices());
    }
}
