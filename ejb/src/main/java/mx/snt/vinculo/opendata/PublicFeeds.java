package mx.snt.vinculo.opendata;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.agreements.AgreementState;
import mx.snt.vinculo.common.ListQuery;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.sessions.SessionCalendars;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Instant;
import java.util.List;

/**
 * What the public feeds hold: the newest {@link #SIZE} public items of a kind, of the network or one workspace,
 * newest change first — read through the visibility rule for an anonymous caller, in one query per feed. The
 * calendar of public sessions is the sessions feature's ({@link SessionCalendars#publicFeed}).
 */
@Stateless
public class PublicFeeds {

    public static final int SIZE = 50;

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @EJB
    private SessionCalendars calendars;

    public List<FeedEntry> entries(FeedKind kind, Long workspaceId) {
        Caller everyone = Caller.anonymous();
        List<Object[]> rows = switch (kind) {
            case SESSIONS -> rows(ListQuery.from("FROM Session x JOIN x.workspace w"), VisibilityRule.filter(everyone, "x"), workspaceId,
                    "SELECT x.id, CONCAT(w.code, ' · ', x.title), x.place, x.updatedAt, x.createdAt, w.name");
            case ACUERDOS -> rows(ListQuery.from("FROM Acuerdo x JOIN x.session s JOIN s.workspace w")
                            .where(VisibilityRule.filter(everyone, "s").jpql(), VisibilityRule.filter(everyone, "s").parameters()),
                    VisibilityRule.filter(everyone, "x.visibility", "x.workspaceId"), workspaceId,
                    "SELECT x.id, x.number, x.text, x.adoptedAt, x.adoptedAt, w.name, s.id");
            case AGREEMENTS -> rows(ListQuery.from("FROM Agreement x JOIN x.workspace w").where("x.state = :inForce", "inForce",
                    AgreementState.IN_FORCE), VisibilityRule.filter(everyone, "x"), workspaceId,
                    "SELECT x.id, x.title, x.purpose, x.updatedAt, x.createdAt, w.name");
            case LIBRARY -> rows(ListQuery.from("FROM LibraryEntry x JOIN x.workspace w"), VisibilityRule.filter(everyone, "x"),
                    workspaceId, "SELECT x.id, x.title, x.summary, x.updatedAt, x.createdAt, w.name");
            case MATERIALS -> rows(ListQuery.from("FROM Material x JOIN x.workspace w"), VisibilityRule.filter(everyone, "x"),
                    workspaceId, "SELECT x.id, x.title, x.description, x.updatedAt, x.createdAt, w.name");
        };
        return rows.stream().map(r -> entry(kind, r)).toList();
    }

    /** The iCalendar of public sessions (of one workspace, or all). */
    public String calendar(Long workspaceId) {
        return calendars.publicFeed(workspaceId);
    }

    private List<Object[]> rows(ListQuery q, VisibilityRule.Filter rule, Long workspaceId, String select) {
        String order = select.contains("x.adoptedAt") ? "x.adoptedAt DESC, x.id DESC" : "x.updatedAt DESC, x.id DESC";
        return q.where(rule.jpql(), rule.parameters())
                .whereIf(workspaceId != null, "w.id = :ws", "ws", workspaceId)
                .query(em, select, order, Object[].class).setMaxResults(SIZE).getResultList();
    }

    private static FeedEntry entry(FeedKind kind, Object[] r) {
        long id = ((Number) r[0]).longValue();
        String path = switch (kind) {
            case SESSIONS -> PublicLinks.session(id);
            case ACUERDOS -> PublicLinks.acuerdo(((Number) r[6]).longValue(), (String) r[1]);
            case AGREEMENTS -> PublicLinks.agreement(id);
            case LIBRARY -> PublicLinks.libraryEntry(id);
            case MATERIALS -> PublicLinks.material(id);
        };
        String summary = r[2] == null ? "" : r[2].toString();
        return new FeedEntry(kind.slug() + ":" + id, (String) r[1], summary.length() > 1000 ? summary.substring(0, 999) + "…" : summary,
                path, (Instant) r[3], (Instant) r[4], (String) r[5]);
    }
}
