package mx.snt.vinculo.web.proposals;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.proposals.CallDetail;
import mx.snt.vinculo.proposals.ProposalCalls;
import mx.snt.vinculo.proposals.ProposalFilter;
import mx.snt.vinculo.proposals.ProposalRow;
import mx.snt.vinculo.proposals.ProposalState;
import mx.snt.vinculo.proposals.ProposalSubmissions;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.Pager;
import mx.snt.vinculo.web.faces.QueryParams;
import mx.snt.vinculo.web.faces.QueryString;
import mx.snt.vinculo.web.faces.ReadOnlyView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls and proposals, with filters by state, body and topic; both lists page in the database. Like the agreements'
 * list, the filters are a GET form and the pages links ({@code pagina} for the proposals, {@code convocatorias} for
 * the calls): a filtered list has an address, and nothing on the page posts back, so it keeps no view state. A
 * filter value that is not one (an edited address) is left out.
 */
@Named
@RequestScoped
public class ProposalsView {

    static final int CALLS = 10;
    static final int PROPOSALS = 20;

    @EJB
    private ProposalCalls callService;
    @EJB
    private ProposalSubmissions proposals;

    private String state;
    private String body;
    private String topic;
    private String page;
    private String callsPage;
    private List<WorkspaceSummary> bodies;
    private boolean canOpenCalls;
    private Page<ProposalRow> list;
    private Page<CallDetail> calls;

    public void load() {
        bodies = callService.bodies();
        canOpenCalls = !callService.commissionsICanManage().isEmpty();
        calls = QueryParams.load(callsPage, CALLS, (first, size) -> callService.list(false, first, size));
        ProposalFilter f = new ProposalFilter(null, null, QueryParams.enumOf(ProposalState.class, state), NotFound.id(body), QueryParams.enumOf(Topic.class, topic));
        list = QueryParams.load(page, PROPOSALS, (first, size) -> proposals.list(f, first, size));
        // Nothing on the page posts back: said here, FormlessViews need not look through the tree for a form.
        ReadOnlyView.keepNoState();
    }

    /** The proposals' pages, as the pager shows them (the calls stay on their page). */
    public Pager getPager() { return Pager.of(list, PROPOSALS, n -> link(n, getCallsPager().number())); }

    /** The calls' pages, as the pager shows them (the proposals stay on theirs). */
    public Pager getCallsPager() { return Pager.of(calls, CALLS, n -> link(getPager().number(), n)); }

    private String link(int proposalsPage, int callsPageNumber) {
        Map<String, String> p = new LinkedHashMap<>();
        Long b = NotFound.id(body);
        p.put("estado", getStateName());
        p.put("organo", b == null ? null : b.toString());
        p.put("tema", getTopicName());
        p.put("pagina", proposalsPage > 1 ? String.valueOf(proposalsPage) : null);
        p.put("convocatorias", callsPageNumber > 1 ? String.valueOf(callsPageNumber) : null);
        return QueryString.of("index.xhtml", p);
    }

    public String getStateName() { return QueryParams.nameOf(QueryParams.enumOf(ProposalState.class, state)); }
    public Long getBodyId() { return NotFound.id(body); }
    public String getTopicName() { return QueryParams.nameOf(QueryParams.enumOf(Topic.class, topic)); }

    public ProposalState[] getStates() { return ProposalState.values(); }
    public Topic[] getTopics() { return Topic.values(); }
    public List<WorkspaceSummary> getBodies() { return bodies; }
    public boolean isCanOpenCalls() { return canOpenCalls; }
    public Page<ProposalRow> getList() { return list; }
    public Page<CallDetail> getCalls() { return calls; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getCallsPage() { return callsPage; }
    public void setCallsPage(String callsPage) { this.callsPage = callsPage; }
}
