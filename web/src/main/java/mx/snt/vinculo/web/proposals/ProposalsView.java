package mx.snt.vinculo.web.proposals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.proposals.CallDetail;
import mx.snt.vinculo.proposals.ProposalFilter;
import mx.snt.vinculo.proposals.ProposalCalls;
import mx.snt.vinculo.proposals.ProposalSubmissions;
import mx.snt.vinculo.proposals.ProposalState;
import mx.snt.vinculo.proposals.ProposalRow;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.Serializable;
import java.util.List;

/** Calls and proposals, with filters by state, body and topic; both lists page in the database. */
@Named
@ViewScoped
public class ProposalsView implements Serializable {

    @EJB
    private ProposalCalls callService;
    @EJB
    private ProposalSubmissions proposals;

    private ProposalState state;
    private Long body;
    private Topic topic;
    private List<WorkspaceSummary> bodies;
    private boolean canOpenCalls;
    private PageModel<ProposalRow> list;
    private PageModel<CallDetail> calls;

    public void load() {
        bodies = callService.bodies();
        canOpenCalls = !callService.commissionsICanManage().isEmpty();
        calls = new PageModel<>(10, (first, size) -> callService.list(false, first, size));
        filter();
    }

    public void filter() {
        ProposalFilter f = new ProposalFilter(null, null, state, body, topic);
        list = new PageModel<>(20, (first, size) -> proposals.list(f, first, size));
    }

    public ProposalState[] getStates() { return ProposalState.values(); }
    public Topic[] getTopics() { return Topic.values(); }
    public List<WorkspaceSummary> getBodies() { return bodies; }
    public boolean isCanOpenCalls() { return canOpenCalls; }
    public PageModel<ProposalRow> getList() { return list; }
    public PageModel<CallDetail> getCalls() { return calls; }
    public ProposalState getState() { return state; }
    public void setState(ProposalState state) { this.state = state; }
    public Long getBody() { return body; }
    public void setBody(Long body) { this.body = body; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
}
