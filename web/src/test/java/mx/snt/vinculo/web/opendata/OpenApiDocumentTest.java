package mx.snt.vinculo.web.opendata;

import jakarta.json.JsonObject;
import mx.snt.vinculo.opendata.Dataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDocumentTest {

    @Test
    void documentsEveryPublicDatasetAndNothingElse() {
        JsonObject doc = OpenApiDocument.build("https://v.example");
        assertThat(doc.getString("openapi")).startsWith("3.");
        assertThat(doc.getJsonObject("paths").keySet()).allMatch(p -> p.startsWith("/public/"));
        for (Dataset d : Dataset.values()) {
            assertThat(doc.getJsonObject("paths")).containsKey("/public/" + d.slug());
            JsonObject schema = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject(OpenApiDocument.schemaName(d));
            assertThat(schema.getJsonObject("properties").keySet())
                    .containsExactlyElementsOf(d.fields().stream().map(f -> f.name()).toList());
        }
    }

    @Test
    void theYamlFormQuotesEveryStringAndNestsBlocks() {
        String yaml = Yaml.of(OpenApiDocument.build("https://v.example"));
        assertThat(yaml).startsWith("\"openapi\": \"3.0.3\"\n").contains("\n  \"title\": \"Vínculo · API pública de datos abiertos\"\n")
                .contains("\"/public/sesiones\":\n").contains("\"nullable\": true");
    }
}
