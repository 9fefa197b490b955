package mx.snt.vinculo.agreements;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartyNamesTest {

    @Test
    void aBodyIsItsAcronym() {
        assertThat(PartyNames.shortName("Instituto de Transparencia, Información Pública y Protección de Datos Personales"
                + " del Estado de Jalisco", "ITEI")).isEqualTo("ITEI");
    }

    @Test
    void anOutsidePartyIsTheNameItIsKnownBy() {
        assertThat(PartyNames.shortName("Unión Editorialista, S.A. de C.V. (El Informador)", null)).isEqualTo("El Informador");
        assertThat(PartyNames.shortName("ANUIES, Región Sur-Sureste", null)).isEqualTo("ANUIES");
        assertThat(PartyNames.shortName("Universidad Panamericana, campus Guadalajara", " ")).isEqualTo("Universidad Panamericana");
        assertThat(PartyNames.shortName("Universidad de Guadalajara", null)).isEqualTo("Universidad de Guadalajara");
        assertThat(PartyNames.shortName("  Colectivo Datos Abiertos A.C. ", null)).isEqualTo("Colectivo Datos Abiertos A.C.");
    }

    @Test
    void aLongNameIsCutAtAWord() {
        String s = PartyNames.shortName("Red Latinoamericana de Transparencia y Acceso a la Información Pública", null);
        assertThat(s).isEqualTo("Red Latinoamericana de Transparencia y…");
        assertThat(s.length()).isLessThanOrEqualTo(PartyNames.MAX);
        assertThat(PartyNames.shortName("Supercalifragilisticoespialidosoextraordinariamente", null)).hasSize(PartyNames.MAX).endsWith("…");
        assertThat(PartyNames.shortName(null, null)).isEmpty();
    }
}
