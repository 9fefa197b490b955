package mx.snt.vinculo.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each kind of output carries for the PNT: the sources an admin can give a field of a
 * format for that kind (the {@code pnt} object the services put in their outbox events, see
 * SessionEvents, AgreementEvents, LibraryEvents and DocumentService), plus those every
 * output has. The formats page offers them; the default descriptors use nothing else.
 */
public final class OutputSources {

    /** Every output: the period it falls in, the day of the load, its page in the hub. */
    public static final List<String> COMMON = List.of("period:year", "period:start", "period:end", "today", "url", "attr:title");

    private static final Map<String, List<String>> BY_KIND = new LinkedHashMap<>();

    static {
        BY_KIND.put("ACUERDO", List.of("attr:number", "attr:date", "attr:session", "attr:text"));
        BY_KIND.put("ACTA", List.of("attr:sessionNumber", "attr:sessionType", "attr:date", "url:actaPath", "attr:recordingUrl"));
        BY_KIND.put("AGREEMENT", List.of("attr:typeLabel", "attr:name", "attr:signedOn", "attr:parties", "attr:objective",
                "attr:validityStart", "attr:validityEnd", "url:documentPath", "list:partyList", "item:name", "item:category",
                "item:signatory", "item:signatoryTitle", "item:signedOn"));
        BY_KIND.put("LIBRARY_ENTRY", List.of("attr:authors", "attr:body", "attr:bodyAcronym", "attr:year", "attr:typeLabel",
                "attr:topicLabels", "attr:summary", "attr:url"));
        BY_KIND.put("DOCUMENT", List.of("attr:body"));
    }

    private OutputSources() {
    }

    /** The sources of one kind of output, its own first, then the common ones. */
    public static List<String> of(String kind) {
        List<String> out = new ArrayList<>(BY_KIND.getOrDefault(kind, List.of()));
        out.addAll(COMMON);
        return List.copyOf(out);
    }

    public static List<String> kinds() {
        return List.copyOf(BY_KIND.keySet());
    }
}
