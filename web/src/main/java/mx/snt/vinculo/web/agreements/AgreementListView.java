package mx.snt.vinculo.web.agreements;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.agreements.AgreementDates;
import mx.snt.vinculo.agreements.AgreementInputs.Filter;
import mx.snt.vinculo.agreements.AgreementQueries;
import mx.snt.vinculo.agreements.AgreementRow;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.agreements.AgreementType;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.Pager;
import mx.snt.vinculo.web.faces.QueryParams;
import mx.snt.vinculo.web.faces.QueryString;
import mx.snt.vinculo.web.faces.ReadOnlyView;
import mx.snt.vinculo.workspaces.WorkspaceService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of agreements the person may see, filtered and paged in the database. The filters are a plain GET form
 * and the pages links, like the library's: a filtered list has an address (to bookmark, to send, to come back to
 * with the browser's back button), and with nothing on the page to post back its view keeps no state
 * ({@code FormlessViews}) — at national scale saving the table's tree was part of why this list ran at half the
 * rate of a PrimeFaces table fed from memory. A filter value that is not one (an edited address) is left out.
 */
@Named
@RequestScoped
public class AgreementListView {

    static final int SIZE = 25;

    @EJB
    private AgreementQueries agreements;
    @EJB
    private WorkspaceService workspaces;

    private String workspace;
    private String state;
    private String type;
    private String party;
    private String expiring;
    private String page;
    private List<WorkspaceSummary> mine;
    private Page<AgreementRow> rows;

    public void load() {
        mine = workspaces.mine();
        Filter f = filter();
        rows = QueryParams.load(page, SIZE, (first, size) -> agreements.list(f, first, size));
        // Nothing on the page posts back: said here, FormlessViews need not look through the tree for a form.
        ReadOnlyView.keepNoState();
    }

    Filter filter() {
        return new Filter(NotFound.id(workspace), QueryParams.enumOf(AgreementState.class, state), QueryParams.enumOf(AgreementType.class, type),
                partyText(), null).expiringSoon(isExpiringOnly());
    }

    private String partyText() {
        if (party == null || party.isBlank()) {
            return null;
        }
        String p = party.strip();
        return p.length() > 100 ? p.substring(0, 100) : p;
    }

    /** The list's pages, as the pager shows them. */
    public Pager getPager() { return Pager.of(rows, SIZE, this::pageLink); }

    /** This list's filters, as they were understood (the export and the pages carry them). */
    private Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        Long ws = NotFound.id(workspace);
        p.put("espacio", ws == null ? null : ws.toString());
        p.put("estado", getStateName());
        p.put("tipo", getTypeName());
        p.put("parte", partyText());
        p.put("porVencer", isExpiringOnly() ? "1" : null);
        return p;
    }

    /** The export link carries the same filters as the list. */
    public String getExportQuery() {
        return QueryString.of("", parameters());
    }

    /** The address of page {@code n} of this list. */
    public String pageLink(int n) {
        Map<String, String> p = parameters();
        p.put("pagina", n > 1 ? String.valueOf(n) : null);
        return QueryString.of("index.xhtml", p);
    }

    /** The window of "expiring soon", in days (the filter's label says it). */
    public int getExpiringDays() { return AgreementDates.EXPIRING_SOON_DAYS; }
    public boolean isExpiringOnly() { return expiring != null && !expiring.isBlank(); }
    public Long getWorkspaceId() { return NotFound.id(workspace); }
    public String getStateName() { return QueryParams.nameOf(QueryParams.enumOf(AgreementState.class, state)); }
    public String getTypeName() { return QueryParams.nameOf(QueryParams.enumOf(AgreementType.class, type)); }
    public String getPartyText() { return partyText(); }

    public AgreementState[] getStates() { return AgreementState.values(); }
    public AgreementType[] getTypes() { return AgreementType.values(); }
    public Page<AgreementRow> getRows() { return rows; }
    public List<WorkspaceSummary> getMine() { return mine; }
    public String getWorkspace() { return workspace; }
    public void setWorkspace(String workspace) { this.workspace = workspace; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public String getExpiring() { return expiring; }
    public void setExpiring(String expiring) { this.expiring = expiring; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
