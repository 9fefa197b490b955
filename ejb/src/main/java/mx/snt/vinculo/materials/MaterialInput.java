package mx.snt.vinculo.materials;

import java.io.Serializable;

/** What an editor fills in; the fields a kind does not use are ignored. */
public record MaterialInput(MaterialKind kind, String title, String description, String mediaUrl, String bodyText,
                            String dataCsv, ChartKind chart) implements Serializable {
}
