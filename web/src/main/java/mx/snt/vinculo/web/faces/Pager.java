package mx.snt.vinculo.web.faces;

import mx.snt.vinculo.common.Page;

import java.util.function.IntFunction;

/**
 * What {@code WEB-INF/includes/pager.xhtml} shows of a list paged by links: the page shown, how many there are, the
 * total, and the address of any page ({@code links}, which carries the list's filters). Derived from the page the
 * service returned, so a list's bean keeps no page number of its own.
 */
public record Pager(int number, int count, long total, IntFunction<String> links) {

    public static Pager of(Page<?> page, int size, IntFunction<String> links) {
        return new Pager(page.first() / size + 1, QueryParams.pages(page.total(), size), page.total(), links);
    }

    /** The address of page {@code n}. */
    public String href(int n) {
        return links.apply(n);
    }
}
