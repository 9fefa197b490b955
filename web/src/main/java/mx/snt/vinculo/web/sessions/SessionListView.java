package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.sessions.SessionQueries;
import mx.snt.vinculo.sessions.SessionRow;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.Pager;
import mx.snt.vinculo.web.faces.QueryParams;
import mx.snt.vinculo.web.faces.QueryString;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions of a workspace (or of every workspace the person sees): the list paged in the database, its pages links
 * (as the agreements'; a plain table, where PrimeFaces' table was a fifth of the page's time at scale 10), the
 * list of a GET. Request-scoped: what the page shows does not depend on a view-scoped bean surviving the render
 * (Faces keeps 25 views' beans per HTTP session, and at 50 simultaneous page loads in one session a view's beans
 * were dropped while it rendered, so the page failed); the calendar and the feed, which post back, are
 * {@link SessionCalendarView}'s.
 */
@Named
@RequestScoped
public class SessionListView {

    static final int SIZE = 10;

    @EJB
    private SessionQueries queries;

    private String ws;
    private Long workspaceId;
    private String page;
    private Page<SessionRow> rows;
    private List<WorkspaceSummary> plannable;

    public void load() {
        if (ws != null && !ws.isBlank()) {
            workspaceId = NotFound.id(ws);
            if (workspaceId == null) {
                NotFound.send();
                return;
            }
        }
        Long wsId = workspaceId;
        rows = QueryParams.load(page, SIZE, (first, size) -> queries.forWorkspace(wsId, first, size));
        plannable = queries.plannable();
    }

    /** The list's pages, as the pager shows them. */
    public Pager getPager() { return Pager.of(rows, SIZE, this::pageLink); }

    /** The address of page {@code n} of this list (of this workspace, if one). */
    public String pageLink(int n) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ws", workspaceId == null ? null : workspaceId.toString());
        p.put("pagina", n > 1 ? String.valueOf(n) : null);
        return QueryString.of("index.xhtml", p);
    }

    public String getWs() { return ws; }
    public void setWs(String ws) { this.ws = ws; }
    public Long getWorkspaceId() { return workspaceId; }
    public Page<SessionRow> getRows() { return rows; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public List<WorkspaceSummary> getPlannable() { return plannable; }
}
