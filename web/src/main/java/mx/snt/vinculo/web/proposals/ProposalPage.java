package mx.snt.vinculo.web.proposals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.proposals.ProposalAction;
import mx.snt.vinculo.proposals.ProposalEvaluation;
import mx.snt.vinculo.proposals.ProposalOutcomes;
import mx.snt.vinculo.proposals.ProposalParticipation;
import mx.snt.vinculo.proposals.ProposalSubmissions;
import mx.snt.vinculo.proposals.ProposalDetail;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** One proposal: its text, state and history, adhesions, comments, and the actions the caller may take. */
@Named
@ViewScoped
public class ProposalPage implements Serializable {

    @EJB
    private ProposalSubmissions proposals;
    @EJB
    private ProposalEvaluation evaluation;
    @EJB
    private ProposalParticipation participation;
    @EJB
    private ProposalOutcomes outcomes;

    private String id;
    private ProposalDetail proposal;
    private String answer;
    private String comment;
    private final Map<Long, String> replies = new HashMap<>();
    private final Map<Long, String> edits = new HashMap<>();
    private Visibility entryVisibility = Visibility.NETWORK;
    private Long agendaSessionId;

    public void load() {
        Long pid = NotFound.id(id);
        if (pid == null) {
            NotFound.send();
            return;
        }
        try {
            proposal = proposals.get(pid);
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    private void run(java.util.function.Supplier<ProposalDetail> action, String okKey) {
        try {
            proposal = action.get();
            Messages.info(okKey);
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void act(ProposalAction action) {
        run(() -> evaluation.act(proposal.id(), proposal.version(), action, answer), "proposal.action.done." + action.name());
    }

    public void adhere() {
        run(() -> participation.adhere(proposal.id()), "proposal.adhesion.done");
    }

    public void withdrawAdhesion() {
        run(() -> participation.withdrawAdhesion(proposal.id()), "proposal.adhesion.withdrawn");
    }

    public void addComment() {
        run(() -> participation.comment(proposal.id(), null, comment), "proposal.comment.done");
        comment = null;
    }

    public void reply(long parentId) {
        run(() -> participation.comment(proposal.id(), parentId, replies.get(parentId)), "proposal.comment.done");
        replies.remove(parentId);
    }

    public void edit(long commentId, long version) {
        run(() -> participation.editComment(commentId, version, edits.get(commentId)), "proposal.comment.edited");
        edits.remove(commentId);
    }

    public void hide(long commentId) {
        run(() -> participation.hideComment(commentId), "proposal.comment.hidden");
    }

    public void toLibrary() {
        run(() -> outcomes.toLibrary(proposal.id(), proposal.version(), entryVisibility), "proposal.library.done");
    }

    public void toAgenda() {
        if (agendaSessionId == null) {
            Messages.error(new ValidationException("proposal.agenda.session.required"));
            return;
        }
        run(() -> outcomes.toAgendaItem(proposal.id(), proposal.version(), agendaSessionId), "proposal.agenda.done");
    }

    public Long getAgendaSessionId() { return agendaSessionId; }
    public void setAgendaSessionId(Long agendaSessionId) { this.agendaSessionId = agendaSessionId; }
    public ProposalAction[] getActions() { return ProposalAction.values(); }
    public Visibility[] getVisibilities() { return Visibility.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ProposalDetail getProposal() { return proposal; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Map<Long, String> getReplies() { return replies; }
    public Map<Long, String> getEdits() { return edits; }
    public Visibility getEntryVisibility() { return entryVisibility; }
    public void setEntryVisibility(Visibility entryVisibility) { this.entryVisibility = entryVisibility; }
}
