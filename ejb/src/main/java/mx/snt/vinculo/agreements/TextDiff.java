package mx.snt.vinculo.agreements;

import mx.snt.vinculo.common.Html;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A side-by-side line comparison of two texts (longest common subsequence of lines): each
 * row has the left line, the right line and what happened. Rich text is compared as the
 * plain text a person reads.
 */
public final class TextDiff {

    public enum Change { SAME, CHANGED, ADDED, REMOVED }

    /** One row of the side-by-side view; a missing side is empty. */
    public record Row(String left, String right, Change change) implements Serializable {
    }

    private TextDiff() {
    }

    public static List<Row> ofHtml(String leftHtml, String rightHtml) {
        return of(Html.toText(leftHtml), Html.toText(rightHtml));
    }

    public static List<Row> of(String left, String right) {
        String[] a = lines(left);
        String[] b = lines(right);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                flush(rows, removed, added);
                rows.add(new Row(a[i], b[j], Change.SAME));
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b[j++]);
            } else {
                removed.add(a[i++]);
            }
        }
        flush(rows, removed, added);
        return rows;
    }

    /** Pairs removed and added lines of one block as changed lines, the rest as removed or added. */
    private static void flush(List<Row> rows, List<String> removed, List<String> added) {
        int n = Math.max(removed.size(), added.size());
        for (int k = 0; k < n; k++) {
            String l = k < removed.size() ? removed.get(k) : null;
            String r = k < added.size() ? added.get(k) : null;
            rows.add(new Row(l == null ? "" : l, r == null ? "" : r,
                    l == null ? Change.ADDED : r == null ? Change.REMOVED : Change.CHANGED));
        }
        removed.clear();
        added.clear();
    }

    private static String[] lines(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    /** True when both texts read the same. */
    public static boolean same(List<Row> rows) {
        return rows.stream().allMatch(r -> r.change() == Change.SAME);
    }
}
