package mx.snt.vinculo.common;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list read from the database, with the total the pager needs. */
public record Page<T>(List<T> items, long total, int first, int size) implements Serializable {

    public static final int MAX_SIZE = 100;

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, first, size);
    }

    /** Clamps what a caller asked for to sane bounds. */
    public static int clampSize(int size) {
        return size <= 0 ? 25 : Math.min(size, MAX_SIZE);
    }

    public static int clampFirst(int first) {
        return Math.max(first, 0);
    }
}
