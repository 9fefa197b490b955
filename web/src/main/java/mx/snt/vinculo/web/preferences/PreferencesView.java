package mx.snt.vinculo.web.preferences;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.digests.Frequency;
import mx.snt.vinculo.digests.PreferenceService;
import mx.snt.vinculo.digests.Preferences;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A member's digest frequency, followed workspaces and notices: load in one call, save in one. */
@Named
@ViewScoped
public class PreferencesView implements Serializable {

    @EJB
    private PreferenceService preferences;

    private Preferences current;
    private Frequency frequency;
    private List<String> followed = new ArrayList<>();
    private List<String> notices = new ArrayList<>();

    @PostConstruct
    void init() {
        try {
            show(preferences.mine());
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    private void show(Preferences p) {
        current = p;
        frequency = p.frequency();
        followed = new ArrayList<>(p.followed().stream().map(String::valueOf).toList());
        notices = new ArrayList<>(p.notices().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList());
    }

    public void save() {
        try {
            HashSet<Long> ws = new HashSet<>();
            followed.forEach(s -> ws.add(Long.valueOf(s)));
            Map<String, Boolean> n = new LinkedHashMap<>();
            current.notices().keySet().forEach(k -> n.put(k, notices.contains(k)));
            show(preferences.save(frequency, ws, n));
            Messages.info("prefs.saved");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public Preferences getCurrent() { return current; }
    public Frequency[] getFrequencies() { return Frequency.values(); }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency frequency) { this.frequency = frequency; }
    public List<String> getFollowed() { return followed; }
    public void setFollowed(List<String> followed) { this.followed = followed; }
    public List<String> getNotices() { return notices; }
    public void setNotices(List<String> notices) { this.notices = notices; }
    public List<String> getNoticeKinds() { return List.copyOf(current.notices().keySet()); }
}
