package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.sessions.BodyVotingRules;
import mx.snt.vinculo.sessions.VoteRule;
import mx.snt.vinculo.sessions.VotingSettingsView;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;

/**
 * A body's voting rules (/sesiones/reglas.xhtml?ws=…): the rule its items get unless the agenda
 * says otherwise, and whether its chair breaks ties. Members read them; the body's technical
 * secretary or an admin changes them.
 */
@Named
@ViewScoped
public class VotingRulesView implements Serializable {

    @EJB
    private BodyVotingRules rules;

    private String ws;
    private VotingSettingsView settings;
    private VoteRule defaultRule;
    private boolean castingVote;

    public void load() {
        Long id = NotFound.id(ws);
        if (id == null) {
            NotFound.send();
            return;
        }
        try {
            show(rules.get(id));
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    private void show(VotingSettingsView v) {
        settings = v;
        defaultRule = v.defaultRule();
        castingVote = v.castingVote();
    }

    public void save() {
        try {
            show(rules.change(settings.workspaceId(), defaultRule, castingVote));
            Messages.info("session.votingRules.saved");
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException d) {
                Messages.error(d);
            } else {
                throw e;
            }
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public VoteRule[] getRules() { return VoteRule.values(); }
    public VotingSettingsView getSettings() { return settings; }
    public String getWs() { return ws; }
    public void setWs(String ws) { this.ws = ws; }
    public VoteRule getDefaultRule() { return defaultRule; }
    public void setDefaultRule(VoteRule defaultRule) { this.defaultRule = defaultRule; }
    public boolean isCastingVote() { return castingVote; }
    public void setCastingVote(boolean castingVote) { this.castingVote = castingVote; }
}
