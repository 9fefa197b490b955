package mx.snt.vinculo.web.faces;

import mx.snt.vinculo.common.Page;

/**
 * Reading a list page's address: its filters and its page number as the GET form and the page links wrote them.
 * What is not a value (an edited or outdated address) is read as "not given", never as an error: the list then
 * shows what it can, as the library's search always did.
 */
public final class QueryParams {

    /** Beyond this page nobody reads; the database would still have to skip the rows before it. */
    static final int MAX_PAGE = 10_000;

    private QueryParams() {
    }

    /** The constant named {@code value}, or null when blank or not one of {@code type}'s. */
    public static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The constant's name, or null: what a link carries for a filter that was understood. */
    public static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** A page number from 1 to {@value #MAX_PAGE}; 1 when blank or not a number. */
    public static int page(String value) {
        Long p = NotFound.id(value);
        return p == null || p < 1 ? 1 : (int) Math.min(p, MAX_PAGE);
    }

    /**
     * The page of {@code size} rows that {@code page} asks for, or the last one when it is past the end (a list that
     * shrank since the link was made, an edited address).
     */
    public static <T> Page<T> load(String page, int size, PageModel.Loader<T> loader) {
        Page<T> p = loader.load((page(page) - 1) * size, size);
        if (p.items().isEmpty() && p.total() > 0) {
            p = loader.load((pages(p.total(), size) - 1) * size, size);
        }
        return p;
    }

    /** How many pages of {@code size} rows {@code total} rows fill (at least one, empty as it may be). */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
