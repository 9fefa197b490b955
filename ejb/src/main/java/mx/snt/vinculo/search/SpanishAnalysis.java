package mx.snt.vinculo.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Locale;

/**
 * The Spanish analysis chain, the same words at indexing and at query time: standard tokenizer, lower case,
 * accents folded ("información" and "informacion" meet), Spanish stop words (folded too), Spanish light stemming
 * ("solicitudes" meets "solicitud", "pública" meets "publica"). Queries also expand the field's acronyms and
 * names from {@code sinonimos.txt} (Solr format, kept as data): synonyms at query time only, so changing the
 * file needs no rebuild. {@link #plain()} folds without stemming, for spelling suggestions and prefixes.
 */
public final class SpanishAnalysis {

    /** The synonyms file, on the class path next to this class. */
    public static final String SYNONYMS = "sinonimos.txt";

    private static final CharArraySet STOP = foldedStopWords();

    private SpanishAnalysis() {
    }

    /** The analyzer of indexed text. */
    public static Analyzer index() {
        return new Chain(null, true);
    }

    /** The analyzer of queries: the index's chain plus the synonyms. */
    public static Analyzer query() {
        return new Chain(synonyms(), true);
    }

    /** Lower case and accents folded, no stop words or stemming: whole words for suggestions. */
    public static Analyzer plain() {
        return new Chain(null, false);
    }

    /** Lower case and accents folded, as the chain does it, for one word or a sort key. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        char[] in = text.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }

    /** Whether a folded word is a stop word of the chain. */
    public static boolean isStopWord(String folded) {
        return STOP.contains(folded);
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet out = new CharArraySet(400, false);
        for (Object w : SpanishAnalyzer.getDefaultStopSet()) {
            out.add(fold(new String((char[]) w)));
        }
        return CharArraySet.unmodifiableSet(out);
    }

    private static SynonymMap synonyms() {
        try (InputStream in = SpanishAnalysis.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SYNONYMS);
            }
            // The file's entries are read with the folding chain, so they may be written with or without accents.
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain());
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parser.parse(r);
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(SYNONYMS + " line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    private static final class Chain extends Analyzer {
        private final SynonymMap synonyms;
        private final boolean stem;

        Chain(SynonymMap synonyms, boolean stem) {
            this.synonyms = synonyms;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = new LowerCaseFilter(source);
            t = new ASCIIFoldingFilter(t);
            if (synonyms != null) {
                t = new SynonymGraphFilter(t, synonyms, true);
            }
            if (stem) {
                t = new StopFilter(t, STOP);
                t = new SpanishLightStemFilter(t);
            }
            return new TokenStreamComponents(source, t);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
