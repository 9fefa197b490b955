package mx.snt.vinculo.web.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.search.SearchHits.Span;

import java.util.List;

/**
 * A highlighted title or snippet as HTML: its text escaped, the words that matched in {@code <mark>}. Written as one
 * string rather than a {@code ui:repeat} of fragments per span: at scale 10 those nested repeats were two fifths of
 * the search page's time (each iteration saves and restores its children's state), for a few dozen words a hit.
 */
@Named("marks")
@ApplicationScoped
public class Marks {

    public String html(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        if (spans != null) {
            for (Span s : spans) {
                if (s.hit()) {
                    out.append("<mark>");
                    escape(s.text(), out);
                    out.append("</mark>");
                } else {
                    escape(s.text(), out);
                }
            }
        }
        return out.toString();
    }

    static void escape(String text, StringBuilder out) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
