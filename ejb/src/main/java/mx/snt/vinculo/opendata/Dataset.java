package mx.snt.vinculo.opendata;

import java.util.List;

/**
 * The public datasets: what the downloads, the public API and the fields page ({@code /datos}) share, so a
 * field is named, typed and described once. Each holds only what the visibility rule shows the public.
 */
public enum Dataset {

    /** Public sessions of commissions, regions and plenaries. */
    SESSIONS("sesiones", List.of(
            new DataField("id", FieldType.INTEGER, "21"),
            new DataField("commission", FieldType.TEXT, "CVPDCS"),
            new DataField("commissionName", FieldType.TEXT, "Comisión de Vinculación, Promoción, Difusión y Comunicación Social"),
            new DataField("kind", FieldType.TEXT, "ORDINARY"),
            new DataField("number", FieldType.INTEGER, "3"),
            new DataField("year", FieldType.INTEGER, "2026"),
            new DataField("title", FieldType.TEXT, "Tercera sesión ordinaria"),
            new DataField("startsAt", FieldType.DATETIME, "2026-11-20T17:00:00Z"),
            new DataField("place", FieldType.TEXT, "Sala de plenos del INFOCDMX"),
            new DataField("state", FieldType.TEXT, "PUBLISHED"),
            new DataField("url", FieldType.URL, "https://vinculo.example/sesiones/ver.xhtml?id=21"),
            new DataField("plainSummary", FieldType.TEXT, "La comisión revisó cómo acercar el derecho a saber a las comunidades."),
            new DataField("plainSummaryTranslations", FieldType.TEXT_BY_LANGUAGE, "{\"nah\":\"Tlahtoltin tlen…\"}"))),

    /** Acuerdos adopted in public sessions. */
    ACUERDOS("acuerdos", List.of(
            new DataField("id", FieldType.INTEGER, "57"),
            new DataField("number", FieldType.TEXT, "CVPDCS/SO/03/2026/04"),
            new DataField("commission", FieldType.TEXT, "CVPDCS"),
            new DataField("sessionId", FieldType.INTEGER, "21"),
            new DataField("adoptedAt", FieldType.DATETIME, "2026-11-20T18:12:40Z"),
            new DataField("text", FieldType.TEXT, "Se aprueba el programa anual de difusión 2027."),
            new DataField("result", FieldType.TEXT, "APPROVED"),
            new DataField("votesFor", FieldType.INTEGER, "5"),
            new DataField("votesAgainst", FieldType.INTEGER, "0"),
            new DataField("abstentions", FieldType.INTEGER, "1"),
            new DataField("url", FieldType.URL, "https://vinculo.example/sesiones/ver.xhtml?id=21"),
            new DataField("plainSummary", FieldType.TEXT, "La comisión tendrá un programa para dar a conocer sus derechos en 2027."),
            new DataField("plainSummaryTranslations", FieldType.TEXT_BY_LANGUAGE, "{\"yua\":\"…\"}"))),

    /** Agreements in force that were made public. */
    AGREEMENTS("convenios", List.of(
            new DataField("id", FieldType.INTEGER, "12"),
            new DataField("body", FieldType.TEXT, "JAL"),
            new DataField("title", FieldType.TEXT, "Convenio de colaboración en materia de datos personales"),
            new DataField("type", FieldType.TEXT, "COLABORACION"),
            new DataField("purpose", FieldType.TEXT, "Capacitar al personal de ambas instituciones."),
            new DataField("parties", FieldType.TEXT, "ITEI; Universidad de Guadalajara"),
            new DataField("signedOn", FieldType.DATE, "2026-03-15"),
            new DataField("validityStart", FieldType.DATE, "2026-04-01"),
            new DataField("validityEnd", FieldType.DATE, "2028-03-31"),
            new DataField("url", FieldType.URL, "https://vinculo.example/convenios/ver.xhtml?id=12"))),

    /** Public entries of the library of best practices. */
    LIBRARY("acervo", List.of(
            new DataField("id", FieldType.INTEGER, "1"),
            new DataField("title", FieldType.TEXT, "Guía para la publicación de obligaciones de transparencia"),
            new DataField("authors", FieldType.TEXT, "Ana Pérez; Luis Gómez"),
            new DataField("body", FieldType.TEXT, "INAI"),
            new DataField("year", FieldType.INTEGER, "2024"),
            new DataField("type", FieldType.TEXT, "GUIDE"),
            new DataField("topics", FieldType.TEXT, "TRANSPARENCY; ARCHIVES"),
            new DataField("summary", FieldType.TEXT, "Cómo publicar y actualizar las obligaciones de transparencia."),
            new DataField("language", FieldType.TEXT, "es"),
            new DataField("licence", FieldType.TEXT, "CC BY 4.0"),
            new DataField("url", FieldType.URL, "https://vinculo.example/acervo/ver.xhtml?id=1")));

    private final String slug;
    private final List<DataField> fields;

    Dataset(String slug, List<DataField> fields) {
        this.slug = slug;
        this.fields = fields;
    }

    /** The dataset's name in addresses: {@code /datos/descarga/sesiones.csv}, {@code /api/v1/public/sesiones}. */
    public String slug() {
        return slug;
    }

    public List<DataField> fields() {
        return fields;
    }

    /** The dataset of an address's name, or null. */
    public static Dataset bySlug(String slug) {
        for (Dataset d : values()) {
            if (d.slug.equals(slug)) {
                return d;
            }
        }
        return null;
    }
}
