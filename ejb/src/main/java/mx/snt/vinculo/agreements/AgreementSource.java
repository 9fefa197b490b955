package mx.snt.vinculo.agreements;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.Html;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.search.SearchDoc;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchSource;
import mx.snt.vinculo.security.Role;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agreements for the search: title, purpose, parties and the text. Their readers follow {@link AgreementAccess}:
 * the visibility rule for the drafting workspace, the members of every party body, and juridicos while the
 * agreement waits in legal review.
 */
@Stateless
public class AgreementSource implements SearchSource {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Override
    public String type() {
        return AgreementEvents.ENTITY;
    }

    @Override
    public Set<String> parts() {
        return Set.of(Commitments.ENTITY);
    }

    @Override
    public Collection<Long> owners(String partType, Collection<Long> partIds) {
        return em.createQuery("SELECT DISTINCT c.agreement.id FROM Commitment c WHERE c.id IN :ids", Long.class)
                .setParameter("ids", List.copyOf(partIds)).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Agreement a", Long.class).getSingleResult();
    }

    @Override
    public List<Long> ids(long afterId, int max) {
        return em.createQuery("SELECT a.id FROM Agreement a WHERE a.id > :a ORDER BY a.id", Long.class)
                .setParameter("a", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, List<SearchDoc>> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Agreement> agreements = em.createQuery("SELECT DISTINCT a FROM Agreement a JOIN FETCH a.workspace"
                + " LEFT JOIN FETCH a.parties WHERE a.id IN :ids", Agreement.class).setParameter("ids", List.copyOf(ids)).getResultList();
        Map<Long, List<SearchDoc>> out = new HashMap<>();
        for (Agreement a : agreements) {
            long ws = a.getWorkspace().getId();
            Set<String> readers = new HashSet<>(VisibilityRule.readers(ws, a.getVisibility()));
            readers.add(VisibilityRule.workspaceReader(ws));
            a.partyBodyIds().forEach(b -> readers.add(VisibilityRule.workspaceReader(b)));
            if (a.getState() == AgreementState.LEGAL_REVIEW) {
                readers.add(VisibilityRule.roleReader(Role.JURIDICO));
            }
            StringBuilder parties = new StringBuilder();
            for (AgreementParty p : a.getParties()) {
                parties.append(p.getBody() != null ? p.getBody().getName() + " " + p.getBody().getAcronym() : p.getName())
                        .append(' ').append(p.getSignatory() == null ? "" : p.getSignatory()).append('\n');
            }
            StringBuilder text = new StringBuilder(Html.toText(a.getBodyHtml() == null ? "" : a.getBodyHtml()));
            text.append('\n').append(a.getType().name());
            LocalDate date = a.getSignedOn() != null ? a.getSignedOn()
                    : a.getValidityStart() != null ? a.getValidityStart() : MexicoCity.dayOf(a.getCreatedAt());
            out.put(a.getId(), List.of(new SearchDoc(SearchKind.AGREEMENT, a.getId(), ws, a.getWorkspace().getAcronym(),
                    readers, a.getTitle(), a.getPurpose(), parties.toString(), text.toString(), date, 0, List.of(), a.getState().name(),
                    a.getType().name(), 0, PagePaths.agreement(a.getId()))));
        }
        return out;
    }
}
