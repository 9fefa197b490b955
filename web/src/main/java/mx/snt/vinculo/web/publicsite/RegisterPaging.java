package mx.snt.vinculo.web.publicsite;

import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.web.faces.QueryParams;

/** Pages of a public register: {@code ?pagina=N} (1 when missing or malformed), 20 rows each. */
final class RegisterPaging {

    static final int SIZE = 20;

    private RegisterPaging() {
    }

    static int number(String page) {
        return QueryParams.page(page);
    }

    static int first(String page) {
        return (number(page) - 1) * SIZE;
    }

    static long count(Page<?> page) {
        return page == null ? 1 : QueryParams.pages(page.total(), SIZE);
    }
}
