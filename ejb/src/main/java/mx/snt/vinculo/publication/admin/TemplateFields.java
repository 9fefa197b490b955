package mx.snt.vinculo.publication.admin;

import java.io.Serializable;
import java.util.List;

/** A template as read from an uploaded .xls: what the admin maps. */
public record TemplateFields(String formatId, String name, List<Field> fields, List<String> subTables) implements Serializable {

    public record Field(String idCampo, int typeId, String label, List<String> catalog) implements Serializable {
    }
}
