package mx.snt.vinculo.proposals;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.snt.vinculo.common.Html;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.search.SearchDoc;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchSource;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposals for the search, with their comments (hidden ones left out) as documents of the same group; a comment
 * is seen by whoever sees its proposal.
 */
@Stateless
public class ProposalSource implements SearchSource {

    @PersistenceContext(unitName = "vinculo")
    private EntityManager em;

    @Override
    public String type() {
        return "Proposal";
    }

    @Override
    public Set<String> parts() {
        return Set.of("ProposalComment");
    }

    @Override
    public Collection<Long> owners(String partType, Collection<Long> partIds) {
        return em.createQuery("SELECT DISTINCT c.proposalId FROM ProposalComment c WHERE c.id IN :ids", Long.class)
                .setParameter("ids", List.copyOf(partIds)).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM Proposal p", Long.class).getSingleResult();
    }

    @Override
    public List<Long> ids(long afterId, int max) {
        return em.createQuery("SELECT p.id FROM Proposal p WHERE p.id > :a ORDER BY p.id", Long.class)
                .setParameter("a", afterId).setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, List<SearchDoc>> documents(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> list = List.copyOf(ids);
        List<Proposal> proposals = em.createQuery("SELECT p FROM Proposal p JOIN FETCH p.workspace JOIN FETCH p.body"
                + " WHERE p.id IN :ids", Proposal.class).setParameter("ids", list).getResultList();
        Map<Long, List<ProposalComment>> comments = new HashMap<>();
        for (ProposalComment c : em.createQuery("SELECT c FROM ProposalComment c WHERE c.proposalId IN :ids AND c.hidden = FALSE"
                + " ORDER BY c.id", ProposalComment.class).setParameter("ids", list).getResultList()) {
            comments.computeIfAbsent(c.getProposalId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, List<SearchDoc>> out = new HashMap<>();
        for (Proposal p : proposals) {
            long ws = p.getWorkspace().getId();
            Set<String> readers = VisibilityRule.readers(ws, p.getVisibility());
            LocalDate day = p.getSubmittedAt() == null ? LocalDate.EPOCH : MexicoCity.dayOf(p.getSubmittedAt());
            String path = PagePaths.proposal(p.getId());
            List<String> topics = p.getTopic() == null ? List.of() : List.of(p.getTopic().name());
            List<SearchDoc> docs = new ArrayList<>();
            docs.add(new SearchDoc(SearchKind.PROPOSAL, p.getId(), ws, p.getWorkspace().getAcronym(), readers, p.getTitle(),
                    p.getSummary(), p.getBody().getAcronym(), Html.toText(p.getText() == null ? "" : p.getText()) + "\n" + (p.getTopic() == null ? "" : p.getTopic().sipotLabel()) + "\n"
                    + (p.getAnswer() == null ? "" : p.getAnswer()), day, 0, topics, p.getState().name(), null, 0, path));
            for (ProposalComment c : comments.getOrDefault(p.getId(), List.of())) {
                docs.add(new SearchDoc(SearchKind.COMMENT, c.getId(), ws, p.getWorkspace().getAcronym(), readers, p.getTitle(),
                        c.getText(), "", c.getAuthor(), MexicoCity.dayOf(c.getCreatedAt()), 0, topics, null, null, 0, path));
            }
            out.put(p.getId(), docs);
        }
        return out;
    }
}
