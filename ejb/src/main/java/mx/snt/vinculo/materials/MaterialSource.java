package mx.snt.vinculo.materials;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.search.SearchDoc;
import mx.snt.vinculo.search.SearchKind;
import mx.snt.vinculo.search.SearchSource;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Materials for the search: title, description, the stenographic text, a table's column and row names and the
 * images' alternative texts and captions, with the material's own visibility (adding an image is audited on its
 * material, so it reindexes the material).
 */
@Stateless
public class MaterialSource implements SearchSource {

    @EJB
    private MaterialRepository materials;

    @Override
    public String type() {
        return MaterialEvents.TYPE;
    }

    @Override
    public long count() {
        return materials.count();
    }

    @Override
    public List<Long> ids(long afterId, int max) {
        return materials.ids(afterId, max);
    }

    @Override
    public Map<Long, List<SearchDoc>> documents(Collection<Long> ids) {
        List<Material> found = materials.withWorkspace(ids);
        Map<Long, List<MaterialImage>> images = materials.imagesOf(found.stream().map(Material::getId).toList()).stream()
                .collect(Collectors.groupingBy(i -> i.getMaterial().getId()));
        Map<Long, List<SearchDoc>> out = new HashMap<>();
        for (Material m : found) {
            long ws = m.getWorkspace().getId();
            StringBuilder text = new StringBuilder();
            if (m.getBodyText() != null) {
                text.append(m.getBodyText()).append('\n');
            }
            if (m.getDataCsv() != null) {
                text.append(m.getDataCsv()).append('\n');
            }
            for (MaterialImage i : images.getOrDefault(m.getId(), List.of())) {
                text.append(i.getAltText()).append(". ").append(i.getCaption()).append('\n');
            }
            String summary = m.getDescription().length() > 280 ? m.getDescription().substring(0, 279) + "…" : m.getDescription();
            out.put(m.getId(), List.of(new SearchDoc(SearchKind.MATERIAL, m.getId(), ws, m.getWorkspace().getAcronym(),
                    VisibilityRule.readers(ws, m.getVisibility()), m.getTitle(), summary, m.getKind().name(), text.toString(),
                    MexicoCity.dayOf(m.getUpdatedAt()), 0, List.of(), null, m.getKind().name(), 0, PagePaths.material(m.getId()))));
        }
        return out;
    }
}
