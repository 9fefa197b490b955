package mx.snt.vinculo.web.faces;

import mx.snt.vinculo.common.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A PrimeFaces lazy model over a service call that pages in the database. The total comes
 * with the page, so the table asks the service once per page shown. The model holds the table's page size (the
 * page writes {@code rows="#{view.list.pageSize}"}): PrimeFaces asks for the count before it tells the model the
 * size, and a first page loaded at another size was loaded again, its count with it (at scale 10, 40 ms more for
 * every view of the proposals).
 */
public class PageModel<T> extends LazyDataModel<T> {

    /** The service call: first row and page size in, a page out. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(int first, int size);
    }

    private final Loader<T> loader;
    private transient Page<T> last;

    public PageModel(int pageSize, Loader<T> loader) {
        this.loader = loader;
        setPageSize(pageSize);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        // PrimeFaces asks for the count before the rows: load the first page now and keep it.
        last = loader.load(0, getPageSize());
        return (int) last.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = last != null && last.first() == first && last.size() == pageSize ? last : loader.load(first, pageSize);
        last = null;
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(System.identityHashCode(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
