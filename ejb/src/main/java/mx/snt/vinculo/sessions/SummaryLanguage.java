package mx.snt.vinculo.sessions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The indigenous languages a plain-language summary can be translated into, by their ISO 639 code: the code
 * goes into the page's {@code lang} attribute (screen readers switch voice) and into open data. Their names are
 * in the bundles ({@code pub.lang.<code>}). The list holds the languages with most speakers in Mexico (INEGI
 * 2020) that have an ISO code a browser and a validator know.
 */
public enum SummaryLanguage {
    NAH("nah"), // Náhuatl (the ISO 639 collective code of the Nahuatl languages)
    YUA("yua"), // Maya yucateco
    TZH("tzh"), // Tseltal
    TZO("tzo"), // Tsotsil
    MIX("mix"), // Mixteco
    ZAP("zap"), // Zapoteco
    OTO("oto"), // Otomí (the collective code of the Otomian languages)
    TOT("tot"), // Totonaco (Papantla)
    MAZ("maz"); // Mazahua

    private final String code;

    SummaryLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SummaryLanguage> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(c)).findFirst();
    }
}
