package mx.snt.vinculo.publication.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** A format descriptor version: kind of output, format, since when, and each field's source. */
public record DescriptorRow(long id, String kind, String formatId, LocalDate effectiveFrom, boolean builtInTemplate,
                            Map<String, String> sources) implements Serializable {
}
