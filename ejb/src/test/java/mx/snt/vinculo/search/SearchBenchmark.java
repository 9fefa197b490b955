package mx.snt.vinculo.search;

import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Benchmark of the hub's search (a {@code main}, not a test): seeds N items of Spanish text into a
 * {@link SearchEngine} on disk (the index class the container's {@code SearchIndex} holds and {@code SiteSearch}
 * queries with the caller's reader keys), reports the build rate, p50/p95 per query class with and without facets,
 * and the latency of an incremental update. Run from the repository root:
 *
 * <pre>
 * ./vinculo bench-search            # 20,000 then 200,000 items
 * ./vinculo bench-search 50000      # other sizes; JAVA_OPTS="-Dbench.runs=100 -Dbench.warmup=50" for fewer queries
 * </pre>
 *
 * The vocabulary is built, not downloaded: the words of the project's own Spanish texts (the SIPOT test template
 * {@code Formato_Pruebas.xls} when found, the demo seeders, the Spanish bundles, the synonyms, Lucene's Spanish
 * stop words) plus their regular morphological variants (plural, feminine, diminutive, superlative, adverb,
 * derived nouns, the conjugations of -ar/-er/-ir verbs), ranked with the stop words first and drawn with a Zipf
 * distribution (s = 1.07). Items are not read from a database: documents are built in memory and handed to the
 * engine as the change-log feeder hands them; building the text is not timed.
 */
public final class SearchBenchmark {

    static final double ZIPF_S = 1.07;
    static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    static final int RUNS = Integer.getInteger("bench.runs", 300);
    static final int WORKSPACES = 40;
    static final String[] TOPICS = {"TRANSPARENCY", "ACCESS_TO_INFORMATION", "PERSONAL_DATA", "ACCOUNTABILITY", "OPEN_GOVERNMENT", "ARCHIVES"};
    static final String[] STATES = {"PLANNED", "CONVENED", "CLOSED", "PUBLISHED", "DRAFT", "IN_FORCE", "SUBMITTED", "ACCEPTED"};
    static final SearchKind[] KINDS = {SearchKind.LIBRARY, SearchKind.LIBRARY, SearchKind.LIBRARY, SearchKind.DOCUMENT,
            SearchKind.DOCUMENT, SearchKind.PROPOSAL, SearchKind.COMMENT, SearchKind.AGENDA_ITEM, SearchKind.AGREEMENT,
            SearchKind.SESSION, SearchKind.ACUERDO, SearchKind.ACTA};

    /** The machine is shared: CPU time of the measuring thread says what a search costs, wall time what it took. */
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a.replace("_", "").replace(",", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(20_000, 200_000);
        }
        List<String> vocabulary = vocabulary();
        System.out.printf(Locale.ROOT, "Vocabulary: %,d distinct words (Zipf s=%.2f)%n", vocabulary.size(), ZIPF_S);
        for (int n : sizes) {
            run(n, vocabulary);
        }
    }

    // ------------------------------------------------------------------ the vocabulary

    static List<String> vocabulary() throws IOException {
        Set<String> base = new LinkedHashSet<>();
        Path root = Path.of(".").toAbsolutePath();
        for (Path xls : List.of(root.resolve("../shared/fixtures/sipot/Formato_Pruebas.xls"),
                Path.of("/work/shared/fixtures/sipot/Formato_Pruebas.xls"))) {
            if (Files.exists(xls)) {
                try (InputStream in = Files.newInputStream(xls); HSSFWorkbook wb = new HSSFWorkbook(in)) {
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                if (cell.getCellType() == CellType.STRING) {
                                    words(cell.getStringCellValue(), base);
                                }
                            }
                        }
                    }
                }
                break;
            }
        }
        for (String dir : List.of("ejb/src/main/java/mx/snt/vinculo/demo", "web/src/main/resources/mx/snt/vinculo/web/i18n",
                "ejb/src/main/resources/mx/snt/vinculo/search")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.filter(p -> !p.toString().endsWith("_en.properties")).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (f.toString().endsWith(".java")) {
                        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(text);
                        StringBuilder sb = new StringBuilder();
                        while (m.find()) {
                            sb.append(m.group(1)).append(' ');
                        }
                        text = sb.toString();
                    }
                    words(text, base);
                }
            }
        }
        List<String> stop = new ArrayList<>();
        for (Object w : SpanishAnalyzer.getDefaultStopSet()) {
            stop.add(new String((char[]) w));
        }
        Collections.sort(stop, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        Set<String> variants = new LinkedHashSet<>();
        for (String w : base) {
            variants.addAll(variants(w));
        }
        variants.removeAll(base);
        variants.removeAll(stop);
        List<String> baseList = new ArrayList<>(base);
        baseList.removeAll(stop);
        List<String> variantList = new ArrayList<>(variants);
        Random r = new Random(7);
        Collections.shuffle(baseList, r);
        Collections.shuffle(variantList, r);
        List<String> out = new ArrayList<>(stop);       // the most frequent words of Spanish are its function words
        out.addAll(baseList);                           // then the field's own words
        out.addAll(variantList);                        // then their rarer forms
        return out;
    }

    static void words(String text, Set<String> out) {
        for (String w : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(new Locale("es")).split("[^\\p{L}]+")) {
            if (w.length() >= 3 && w.length() <= 20 && w.chars().allMatch(c -> "abcdefghijklmnñopqrstuvwxyzáéíóúü".indexOf(c) >= 0)) {
                out.add(w);
            }
        }
    }

    /** Regular Spanish forms of a word: number, gender, diminutive, superlative, adverb, derived nouns, verb forms. */
    static List<String> variants(String w) {
        List<String> v = new ArrayList<>();
        String stem = w.replaceAll("[aeo]s?$", "");
        if (stem.length() < 3) {
            return v;
        }
        if (w.endsWith("ar") || w.endsWith("er") || w.endsWith("ir")) {
            String root = w.substring(0, w.length() - 2);
            String[] endings = w.endsWith("ar")
                    ? new String[]{"o", "as", "a", "amos", "áis", "an", "é", "aste", "ó", "amos", "aron", "aba", "abas", "ábamos",
                    "aban", "aré", "arás", "ará", "aremos", "arán", "aría", "arían", "e", "es", "emos", "en", "ara", "aran",
                    "ando", "ado", "ada", "ados", "adas", "ación", "aciones", "ador", "adora", "able"}
                    : new String[]{"o", "es", "e", "emos", "en", "í", "iste", "ió", "ieron", "ía", "ías", "íamos", "ían",
                    "eré", "erá", "eremos", "erán", "ería", "erían", "a", "as", "amos", "an", "iera", "ieran", "iendo", "ido",
                    "ida", "idos", "idas", "imiento", "imientos", "ible"};
            for (String e : endings) {
                v.add(root + e);
            }
            return v;
        }
        for (String e : new String[]{"o", "a", "os", "as", "ito", "ita", "itos", "itas", "ísimo", "ísima", "amente", "idad",
                "idades", "ista", "istas", "ismo", "al", "ales", "ción", "ciones"}) {
            v.add(stem + e);
        }
        if (w.endsWith("ción")) {
            v.add(w.substring(0, w.length() - 4) + "ciones");
        }
        if (w.endsWith("dad")) {
            v.add(w + "es");
        }
        return v;
    }

    /** Draws word ranks with a Zipf distribution. */
    static final class Zipf {
        final double[] cumulative;
        final Random random;

        Zipf(int n, double s, long seed) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
            random = new Random(seed);
        }

        int next() {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
        }
    }

    static String text(Zipf zipf, List<String> vocabulary, int words) {
        StringBuilder sb = new StringBuilder(words * 8);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(i % 17 == 0 ? ". " : " ");
            }
            String w = vocabulary.get(zipf.next());
            sb.append(i % 17 == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return sb.append('.').toString();
    }

    static SearchDoc item(long id, Zipf zipf, Random r, List<String> vocabulary) {
        SearchKind kind = KINDS[r.nextInt(KINDS.length)];
        int ws = 1 + r.nextInt(WORKSPACES);
        double v = r.nextDouble();
        String reader = v < 0.6 ? "public" : v < 0.85 ? "network" : "ws:" + ws;
        boolean pdf = r.nextDouble() < 0.15;
        String body = text(zipf, vocabulary, pdf ? 1_500 + r.nextInt(1_500) : 80 + r.nextInt(220));
        List<String> topics = r.nextBoolean() ? List.of(TOPICS[r.nextInt(6)]) : List.of(TOPICS[r.nextInt(6)], TOPICS[r.nextInt(6)]);
        return new SearchDoc(kind, id, ws, "ORG" + ws, Set.of(reader), text(zipf, vocabulary, 6 + r.nextInt(7)),
                text(zipf, vocabulary, 30 + r.nextInt(30)), text(zipf, vocabulary, 3), body,
                LocalDate.of(2014 + r.nextInt(13), 1 + r.nextInt(12), 1 + r.nextInt(28)), 0, topics,
                STATES[r.nextInt(STATES.length)], null, r.nextInt(20), "/x?id=" + id);
    }

    // ------------------------------------------------------------------ the run

    static void run(int n, List<String> vocabulary) throws Exception {
        Path dir = Files.createTempDirectory("vinculo-bench");
        System.out.printf(Locale.ROOT, "%n== %,d items (index on disk at %s)%n", n, dir);
        Zipf zipf = new Zipf(vocabulary.size(), ZIPF_S, 42);
        Random r = new Random(1);
        List<String> titles = new ArrayList<>();
        try (SearchEngine engine = SearchEngine.open(dir)) {
            long indexNanos = 0;
            long indexCpu = 0;
            long chars = 0;
            List<SearchDoc> batch = new ArrayList<>(1_000);
            for (long id = 1; id <= n; id++) {
                SearchDoc d = item(id, zipf, r, vocabulary);
                chars += d.title().length() + d.summary().length() + d.text().length();
                if (titles.size() < 2_000 && "public".equals(d.readers().iterator().next())) {
                    titles.add(d.title());
                }
                batch.add(d);
                if (batch.size() == 1_000 || id == n) {
                    long t = System.nanoTime();
                    long c = CPU.getCurrentThreadCpuTime();
                    for (SearchDoc b : batch) {
                        engine.replace(b.kind().name() + ":" + b.id(), List.of(b));
                    }
                    indexNanos += System.nanoTime() - t;
                    indexCpu += CPU.getCurrentThreadCpuTime() - c;
                    batch.clear();
                }
            }
            long t = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            engine.commit(Map.of("seq", "0"));
            indexNanos += System.nanoTime() - t;
            indexCpu += CPU.getCurrentThreadCpuTime() - c0;
            double seconds = indexNanos / 1e9;
            System.out.printf(Locale.ROOT, "Build: %,d items (%,d MB of text) in %.1f s = %,.0f items/s wall;"
                    + " %.1f s of the indexing thread's CPU = %,.0f items/s per core (text generation not counted;"
                    + " background merges not in the CPU figure)%n",
                    n, chars / 1_000_000, seconds, n / seconds, indexCpu / 1e9, n / (indexCpu / 1e9));

            Set<String> member = Set.of("public", "network", "ws:3", "ws:17");
            Random q = new Random(99);
            Map<String, List<String>> classes = new TreeMap<>();
            int stops = SpanishAnalyzer.getDefaultStopSet().size();
            classes.put("1 rare word", sample(q, () -> vocabulary.get(8_000 + q.nextInt(vocabulary.size() - 8_000))));
            classes.put("2 common word", sample(q, () -> vocabulary.get(stops + q.nextInt(60))));
            classes.put("3 two words", sample(q, () -> vocabulary.get(stops + q.nextInt(2_000)) + " " + vocabulary.get(stops + q.nextInt(2_000))));
            classes.put("4 phrase", sample(q, () -> {
                String[] w = titles.get(q.nextInt(titles.size())).replace(".", "").split(" ");
                int i = q.nextInt(Math.max(1, w.length - 1));
                return "\"" + w[i] + " " + w[Math.min(w.length - 1, i + 1)] + "\"";
            }));
            System.out.println("| query class | facets | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms | mean hits |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (boolean facets : new boolean[]{false, true}) {
                for (Map.Entry<String, List<String>> c : classes.entrySet()) {
                    report(engine, member, c.getKey(), c.getValue(), facets);
                }
            }
            // An incremental update: what the feeder does for one changed item (replace, commit, refresh), then found.
            long[] update = new long[50];
            for (int i = 0; i < update.length; i++) {
                String word = "zqactualizacion" + (char) ('a' + i % 26) + i;
                long s = System.nanoTime();
                engine.replace("LIBRARY:" + (1 + i), List.of(new SearchDoc(SearchKind.LIBRARY, 1 + i, 1, "ORG1", Set.of("public"),
                        "Título " + word, "Resumen", "", "", LocalDate.now(), 0, List.of(), null, null, 0, "/x")));
                engine.commit(Map.of("seq", String.valueOf(i + 1)));
                if (engine.search(SearchRequest.of(word), member, false).total() != 1) {
                    throw new IllegalStateException("update not visible");
                }
                update[i] = System.nanoTime() - s;
            }
            Arrays.sort(update);
            System.out.printf(Locale.ROOT, "Incremental update (replace + commit + visible to a search): p50 %.1f ms, p95 %.1f ms"
                    + " (plus up to 1 s of polling on other instances)%n", update[25] / 1e6, update[47] / 1e6);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static List<String> sample(Random q, java.util.function.Supplier<String> s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            out.add(s.get());
        }
        return out;
    }

    static void report(SearchEngine engine, Set<String> member, String name, List<String> queries, boolean facets) {
        long[] times = new long[RUNS];
        long[] cpu = new long[RUNS];
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            SearchHits h = engine.search(new SearchRequest(queries.get(i), null, null, null, null, null, null,
                    SearchRequest.Sort.RELEVANCE, 0, 20), member, facets);
            long e = System.nanoTime() - s;
            long ce = CPU.getCurrentThreadCpuTime() - c;
            if (i >= WARM_UP) {
                times[i - WARM_UP] = e;
                cpu[i - WARM_UP] = ce;
                hits += h.total();
            }
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %,d |%n", name,
                facets ? "yes" : "no", times[RUNS / 2] / 1e6, times[RUNS * 95 / 100] / 1e6, cpu[RUNS / 2] / 1e6,
                cpu[RUNS * 95 / 100] / 1e6, hits / RUNS);
    }
}
