package mx.snt.vinculo.web.faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A page's address with its filter parameters: blank values left out, the others encoded, in the map's order. */
public final class QueryString {

    private QueryString() {
    }

    public static String of(String page, Map<String, String> parameters) {
        StringBuilder sb = new StringBuilder(page);
        char sep = '?';
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return sb.toString();
    }
}
