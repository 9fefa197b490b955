package mx.snt.vinculo.web.faces;

import jakarta.faces.convert.ConverterException;
import mx.snt.vinculo.web.Texts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DayConverterTest {

    @Test
    void readsDaysAsPeopleInMexicoWriteThem() {
        assertThat(DayConverter.parse("15/02/2027", Texts.SPANISH)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(DayConverter.parse(" 5/2/2027 ", Texts.SPANISH)).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(DayConverter.parse("", Texts.SPANISH)).isNull();
        assertThat(Formats.DAY.format(LocalDate.of(2027, 2, 5))).isEqualTo("05/02/2027");
    }

    @Test
    void refusesWhatIsNotADayWithAMessageSayingHowToWriteIt() {
        for (String bad : new String[] {"2027-02-15", "31/02/2027", "15/13/2027", "mañana"}) {
            assertThatThrownBy(() -> DayConverter.parse(bad, Texts.SPANISH)).as(bad)
                    .isInstanceOf(ConverterException.class)
                    .satisfies(e -> assertThat(((ConverterException) e).getFacesMessage().getSummary())
                            .isEqualTo("Escriba la fecha como dd/mm/aaaa, por ejemplo 15/02/2027."));
        }
        assertThatThrownBy(() -> DayConverter.parse("2027-02-15", Locale.ENGLISH))
                .satisfies(e -> assertThat(((ConverterException) e).getFacesMessage().getSummary()).startsWith("Type the date as dd/mm/yyyy"));
    }

    @Test
    void timesAreHoursAndMinutes() {
        assertThat(DayConverter.Time.parse("10:30", Texts.SPANISH)).isEqualTo(LocalTime.of(10, 30));
        assertThat(DayConverter.Time.parse("9:05", Texts.SPANISH)).isEqualTo(LocalTime.of(9, 5));
        assertThatThrownBy(() -> DayConverter.Time.parse("25:00", Texts.SPANISH)).isInstanceOf(ConverterException.class);
    }
}
