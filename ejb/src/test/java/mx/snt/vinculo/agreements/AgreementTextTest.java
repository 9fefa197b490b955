package mx.snt.vinculo.agreements;

import mx.snt.vinculo.common.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgreementTextTest {

    @Test
    void formattingSurvivesAndEditorNoiseIsDropped() {
        assertThat(AgreementText.clean("<p class=\"ql-align-center\"><strong>PRIMERA.</strong> Objeto</p><ol><li>uno</li></ol>"))
                .isEqualTo("<p><strong>PRIMERA.</strong> Objeto</p><ol><li>uno</li></ol>");
        assertThat(AgreementText.clean("<p><br></p>")).isEmpty();
        assertThat(AgreementText.clean(null)).isEmpty();
    }

    @Test
    void activeContentIsRefusedNotSilentlyStripped() {
        for (String bad : new String[]{"<p>hola</p><script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=\"https://evil\"></iframe>",
                "<p onclick='x()'>a</p>", "<svg><g/onload=alert(1)></svg>",
                // disguised the ways a browser still reads as a script link
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"jav&#9;ascript&colon;alert(1)\">x</a>",
                "<a href=\"&#106;&#97;vascript:alert(1)\">x</a>", "<a href=\"java\tscript:alert(1)\">x</a>",
                "<a href=\"JaVa&#x0A;ScRiPt:alert(1)\">x</a>", "<a href=\"vb&#x0D;script:x\">x</a>"}) {
            assertThatThrownBy(() -> AgreementText.clean(bad)).as(bad)
                    .isInstanceOf(ValidationException.class).hasMessage("agreement.text.unsafe");
        }
    }

    @Test
    void tooLongIsRefused() {
        assertThatThrownBy(() -> AgreementText.clean("a".repeat(AgreementText.MAX_CHARS + 1)))
                .isInstanceOf(ValidationException.class).hasMessage("agreement.text.tooLong");
    }
}
