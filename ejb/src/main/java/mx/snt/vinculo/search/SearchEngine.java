package mx.snt.vinculo.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The Lucene index of one instance, plain Java (the container's {@code SearchIndex} holds one; tests and the
 * benchmark use it in memory): documents grouped by the aggregate they come from, so a changed aggregate is
 * replaced as a whole; searches with the caller's reader keys as a filter of the query itself, facet counts over
 * the same query, highlights, a spelling suggestion checked against what the caller may see, and prefix
 * suggestions. The commit data carries the feeder's position in the change log.
 */
public final class SearchEngine implements Closeable {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    static final String KEY = "key";
    static final String GROUP = "group";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String WS = "ws";
    static final String WS_LABEL = "wsLabel";
    static final String READER = "reader";
    static final String TITLE = "title";
    static final String TITLE_SORT = "titleSort";
    static final String SUMMARY = "summary";
    static final String KEYWORDS = "keywords";
    static final String TEXT = "text";
    static final String EXCERPT = "excerpt";
    static final String SPELL = "spell";
    static final String DATE = "date";
    static final String YEAR = "year";
    static final String TOPIC = "topic";
    static final String STATE = "state";
    static final String TYPE = "type";
    static final String ADOPTIONS = "adoptions";
    static final String PATH = "path";

    /** Stored text kept for snippets when the match is not in the summary (the full text is indexed, not kept). */
    static final int EXCERPT_CHARS = 3_000;
    static final int FACET_VALUES = 40;
    static final int SUGGESTIONS = 8;
    static final int SNIPPET_CHARS = 240;
    /** How many of the best text matches are ranked again with the keyword, summary and proximity boosts. */
    static final int RESCORED = 200;
    /** How many searches' facet counts are kept ({@link #counted}). */
    static final int COUNTED = 500;
    /** How many search pages are kept ({@link #answered}): about 20 hits each with their highlights. */
    static final int ANSWERED = 300;

    private record Counted(Query query, Object reader) {
    }

    /** One page of one search (its order, its place, with or without facets) on one index reader. */
    private record Answered(Query query, Query boosts, Sort sort, int first, int size, boolean withFacets, Object reader) {
    }

    private record CountedResult(Map<String, List<SearchHits.Facet>> facets, long total) {
    }

    private static final String[] DIMS = {SearchHits.KIND, SearchHits.WORKSPACE, SearchHits.TOPIC,
            SearchHits.YEAR, SearchHits.STATE, SearchHits.TYPE};

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Analyzer queryAnalyzer = SpanishAnalysis.query();
    private final Analyzer indexAnalyzer = SpanishAnalysis.index();
    private final Analyzer plainAnalyzer = SpanishAnalysis.plain();
    private final DirectSpellChecker spelling = new DirectSpellChecker();
    private final UnifiedHighlighter titleHighlighter;
    private final UnifiedHighlighter snippetHighlighter;
    private volatile Map<String, String> commitData;
    private volatile FacetState facetState;
    /**
     * The facet counts and total of recent queries, by the query (text, filters and the caller's reader keys) and the
     * index reader they were counted on: the next page, another sort or the same search again shows the same counts
     * without counting every match again. A refreshed reader is another key, so a count never outlives its index.
     */
    private final Map<Counted, CountedResult> counted = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Counted, CountedResult> eldest) {
                    return size() > COUNTED;
                }
            });
    /**
     * The pages of recent searches, as {@link #counted} keeps their counts: the same search on the same reader is the
     * same answer. A search page shows the best of each kind too, one search each, so a repeated or shared search
     * ("datos personales" at 300,000 matches) would otherwise score every match seven times again.
     */
    private final Map<Answered, SearchHits> answered = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Answered, SearchHits> eldest) {
                    return size() > ANSWERED;
                }
            });
    /** The recent texts' queries ({@link #parse}), least recently used dropped first. */
    private final Map<String, Parsed> parsed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
                    return size() > ANSWERED;
                }
            });
    private final boolean created;

    private SearchEngine(Directory directory) throws IOException {
        this.directory = directory;
        this.created = !DirectoryReader.indexExists(directory);
        this.commitData = created ? Map.of() : Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData());
        IndexWriterConfig config = new IndexWriterConfig(
                new PerFieldAnalyzerWrapper(indexAnalyzer, Map.of(SPELL, plainAnalyzer)))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(48);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory());
        facetsConfig.setMultiValued(SearchHits.TOPIC, true);
        spelling.setMinQueryLength(3);
        titleHighlighter = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withFormatter(new SpanFormatter()).withMaxLength(2_000).build();
        snippetHighlighter = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(new Locale("es", "MX")))
                .withFormatter(new SpanFormatter()).withMaxLength(EXCERPT_CHARS).build();
    }

    /** The index in {@code dir}, created when missing; an unreadable index is deleted and started afresh. */
    public static SearchEngine open(Path dir) {
        try {
            Files.createDirectories(dir);
            try {
                return new SearchEngine(FSDirectory.open(dir));
            } catch (IOException | IllegalArgumentException unreadable) {
                LOG.log(Level.WARNING, "search index at " + dir + " unreadable, starting afresh", unreadable);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                return new SearchEngine(FSDirectory.open(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index in memory (tests, the benchmark). */
    public static SearchEngine inMemory() {
        try {
            return new SearchEngine(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when this engine found no index and made an empty one. */
    public boolean created() {
        return created;
    }

    // ------------------------------------------------------------------ writing

    /** Replaces every document of {@code group} (one aggregate) with {@code docs}; none deletes it. */
    public void replace(String group, Collection<SearchDoc> docs) {
        try {
            List<Document> built = new ArrayList<>(docs.size());
            for (SearchDoc d : docs) {
                built.add(document(group, d));
            }
            if (built.isEmpty()) {
                writer.deleteDocuments(new Term(GROUP, group));
            } else {
                writer.updateDocuments(new Term(GROUP, group), built);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written durable with {@code data} as the commit data, and visible to searches. */
    public void commit(Map<String, String> data) {
        try {
            writer.setLiveCommitData(Map.copyOf(data).entrySet());
            writer.commit();
            commitData = Map.copyOf(data);
            searchers.maybeRefreshBlocking();
            // Searches now answer differently: kept copies of search pages are old (each instance has its own index).
            mx.snt.vinculo.platform.DataChanges.changedElsewhere();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was written visible to searches without a commit (a rebuild shows its progress). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data of the last commit. */
    public Map<String, String> commitData() {
        return commitData;
    }

    /** Documents visible to searches. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    private Document document(String group, SearchDoc d) {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.NO));
        doc.add(new StringField(GROUP, group, Field.Store.NO));
        doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(SearchHits.KIND, d.kind().name()));
        doc.add(new StoredField(ID, d.id()));
        doc.add(new StringField(WS, String.valueOf(d.workspaceId()), Field.Store.YES));
        String wsLabel = d.workspaceLabel() == null || d.workspaceLabel().isBlank() ? "—" : d.workspaceLabel();
        doc.add(new StoredField(WS_LABEL, wsLabel));
        doc.add(new SortedSetDocValuesFacetField(SearchHits.WORKSPACE, d.workspaceId() + ":" + wsLabel));
        for (String r : d.readers()) {
            doc.add(new StringField(READER, r, Field.Store.NO));
        }
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        String sortKey = SpanishAnalysis.fold(d.title()).strip();
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(sortKey.length() > 80 ? sortKey.substring(0, 80) : sortKey)));
        doc.add(new TextField(SUMMARY, d.summary(), Field.Store.YES));
        doc.add(new TextField(KEYWORDS, d.keywords(), Field.Store.NO));
        doc.add(new TextField(TEXT, d.title() + "\n" + d.summary() + "\n" + d.keywords() + "\n" + d.text(), Field.Store.NO));
        if (!d.text().isEmpty()) {
            doc.add(new StoredField(EXCERPT, d.text().length() > EXCERPT_CHARS ? d.text().substring(0, EXCERPT_CHARS) : d.text()));
        }
        doc.add(new TextField(SPELL, d.title() + "\n" + d.summary(), Field.Store.NO));
        LocalDate date = d.date() == null ? LocalDate.EPOCH : d.date();
        doc.add(new NumericDocValuesField(DATE, date.toEpochDay()));
        doc.add(new StoredField(DATE, date.toEpochDay()));
        String year = String.valueOf(d.year() > 0 ? d.year() : date.getYear());
        doc.add(new StringField(YEAR, year, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(SearchHits.YEAR, year));
        for (String t : new LinkedHashSet<>(d.topics())) {
            doc.add(new StringField(TOPIC, t, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(SearchHits.TOPIC, t));
        }
        if (d.state() != null && !d.state().isBlank()) {
            doc.add(new StringField(STATE, d.state(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SearchHits.STATE, d.state()));
        }
        if (d.type() != null && !d.type().isBlank()) {
            doc.add(new StringField(TYPE, d.type(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(SearchHits.TYPE, d.type()));
        }
        doc.add(new NumericDocValuesField(ADOPTIONS, d.adoptions()));
        doc.add(new StoredField(PATH, d.path() == null ? "" : d.path()));
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * One page of what {@code readerKeys} may see matching the request, with the facet counts of the whole result
     * when {@code withFacets}. Never throws for what a person typed.
     */
    public SearchHits search(SearchRequest r, Set<String> readerKeys, boolean withFacets) {
        Parsed parsed = parse(r.text());
        UserQuery typed = parsed.typed();
        Query text = parsed.text();
        if (!typed.isEmpty() && text == null) {
            return SearchHits.empty(r.first(), r.size(), SearchHits.Notice.ONLY_STOP_WORDS);
        }
        Query query = filtered(text, r, readerKeys);
        Query boosts = parsed.boosts();
        return withSearcher(s -> {
            SearchHits found = run(s, query, text, boosts, r, withFacets);
            if (found.total() == 0 && text != null) {
                String better = didYouMean(s, typed, r, readerKeys);
                return new SearchHits(0, r.first(), r.size(), List.of(), Map.of(), SearchHits.Notice.NONE, better);
            }
            return found;
        });
    }

    /** What was typed, its text query and its boosts (the last two null when there is no text to match). */
    private record Parsed(UserQuery typed, Query text, Query boosts) {
    }

    /**
     * What a text means as queries, kept for recent texts ({@link #parsed}): analysing it (synonyms, stems, phrases)
     * is the same every time, and a search page runs one search per kind of result, each analysing the text again —
     * a seventh of a signed-in search page's time at scale 10. Queries are immutable, so sharing them is safe.
     */
    private Parsed parse(String raw) {
        String key = raw == null ? "" : raw;
        Parsed known = parsed.get(key);
        if (known != null) {
            return known;
        }
        UserQuery typed = UserQuery.parse(raw);
        Query text = typed.isEmpty() ? null : textQuery(typed);
        Parsed p = new Parsed(typed, text, text == null ? null : boosts(typed));
        if (key.length() <= 1000) {
            parsed.put(key, p);
        }
        return p;
    }

    /** Titles of visible items with a word starting with the last word typed (3 letters or more). */
    public List<Suggestion> suggest(String typed, Set<String> readerKeys) {
        UserQuery q = UserQuery.parse(typed);
        List<String> words = new ArrayList<>(q.words());
        if (words.isEmpty()) {
            return List.of();
        }
        String last = SpanishAnalysis.fold(words.remove(words.size() - 1));
        if (last.length() < 3) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new PrefixQuery(new Term(SPELL, last)), Occur.MUST);
        for (String w : words) {
            b.add(new TermQuery(new Term(SPELL, SpanishAnalysis.fold(w))), Occur.MUST);
        }
        b.add(readers(readerKeys), Occur.FILTER);
        Query query = b.build();
        return withSearcher(s -> {
            TopDocs top = s.search(query, SUGGESTIONS * 2);
            StoredFields stored = s.storedFields();
            Map<String, Suggestion> out = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = stored.document(sd.doc);
                out.putIfAbsent(d.get(TITLE), new Suggestion(d.get(TITLE), SearchKind.valueOf(d.get(KIND)), d.get(PATH)));
                if (out.size() == SUGGESTIONS) {
                    break;
                }
            }
            return List.copyOf(out.values());
        });
    }

    /** A prefix suggestion: an item's title, its kind and page. */
    public record Suggestion(String title, SearchKind kind, String path) implements java.io.Serializable {
    }

    /**
     * The typed words must all match the full text (synonyms expanded, e.g. "datos personales" or
     * "protección de datos"), and so must each phrase; words in the title rank higher. Null when the analyzer leaves
     * nothing (only stop words or symbols). How the best matches rank beyond that is {@link #boosts}'s.
     */
    Query textQuery(UserQuery typed) {
        QueryBuilder qb = builder();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (!typed.words().isEmpty()) {
            Query all = qb.createBooleanQuery(TEXT, typed.wordText(), Occur.MUST);
            if (all != null) {
                any = true;
                b.add(all, Occur.MUST);
                // The title's words in the first pass, so that a match by its title alone reaches the rescored ones;
                // as plain terms (a multi-word synonym as a phrase there was scored on every match).
                addShould(b, builder(false).createBooleanQuery(TITLE, typed.wordText(), Occur.SHOULD), 4f);
            }
        }
        for (String phrase : typed.phrases()) {
            Query p = qb.createPhraseQuery(TEXT, phrase);
            if (p != null) {
                any = true;
                b.add(p, Occur.MUST);
            }
        }
        return any ? b.build() : null;
    }

    /**
     * What else ranks a match higher: the words in the keywords, over the summary, over the rest (PDF text, agenda,
     * parties…), and close together. Applied to the best {@link #RESCORED} matches only (a
     * {@link QueryRescorer}): as optional clauses of the query itself they were scored, sloppy phrase included, on
     * every match, and at scale 10 a common search ("datos personales", 300,000 matches of 640,000 documents) spent
     * three quarters of its 0.5–0.9 s there. Null when there is nothing to add.
     */
    Query boosts(UserQuery typed) {
        if (typed.words().isEmpty()) {
            return null;
        }
        QueryBuilder qb = builder();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addShould(b, qb.createBooleanQuery(KEYWORDS, typed.wordText(), Occur.SHOULD), 2.5f);
        addShould(b, qb.createBooleanQuery(SUMMARY, typed.wordText(), Occur.SHOULD), 1.5f);
        if (typed.words().size() > 1) {
            Query near = qb.createPhraseQuery(TEXT, typed.wordText(), 3);
            if (near != null) {
                b.add(new BoostQuery(near, 2f), Occur.SHOULD);
            }
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    private QueryBuilder builder() {
        return builder(true);
    }

    private QueryBuilder builder(boolean synonymPhrases) {
        QueryBuilder qb = new QueryBuilder(queryAnalyzer);
        qb.setAutoGenerateMultiTermSynonymsPhraseQuery(synonymPhrases);
        return qb;
    }

    private static void addShould(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    private static Query filtered(Query text, SearchRequest r, Set<String> readerKeys) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
        b.add(readers(readerKeys), Occur.FILTER);
        if (r.kind() != null) {
            b.add(new TermQuery(new Term(KIND, r.kind().name())), Occur.FILTER);
        }
        if (r.workspaceId() != null) {
            b.add(new TermQuery(new Term(WS, String.valueOf(r.workspaceId()))), Occur.FILTER);
        }
        if (r.topic() != null && !r.topic().isBlank()) {
            b.add(new TermQuery(new Term(TOPIC, r.topic())), Occur.FILTER);
        }
        if (r.year() != null) {
            b.add(new TermQuery(new Term(YEAR, String.valueOf(r.year()))), Occur.FILTER);
        }
        if (r.state() != null && !r.state().isBlank()) {
            b.add(new TermQuery(new Term(STATE, r.state())), Occur.FILTER);
        }
        if (r.type() != null && !r.type().isBlank()) {
            b.add(new TermQuery(new Term(TYPE, r.type())), Occur.FILTER);
        }
        return b.build();
    }

    /** The visibility filter: the item carries at least one of the caller's reader keys. */
    private static Query readers(Set<String> readerKeys) {
        List<BytesRef> keys = readerKeys.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(READER, keys);
    }

    private static Sort sort(SearchRequest r, boolean hasText) {
        SortField newest = new SortField(DATE, SortField.Type.LONG, true);
        return switch (r.sort()) {
            case RELEVANCE -> hasText ? null : new Sort(newest, SortField.FIELD_DOC);
            case NEWEST -> new Sort(newest, SortField.FIELD_SCORE);
            case TITLE -> new Sort(new SortField(TITLE_SORT, SortField.Type.STRING), SortField.FIELD_DOC);
            case ADOPTION -> new Sort(new SortField(ADOPTIONS, SortField.Type.LONG, true), newest);
        };
    }

    private SearchHits run(IndexSearcher s, Query query, Query text, Query boosts, SearchRequest r, boolean withFacets)
            throws IOException {
        int n = r.first() + r.size();
        Sort sort = sort(r, text != null);
        IndexReader.CacheHelper reader = s.getIndexReader().getReaderCacheHelper();
        Answered page = reader == null ? null : new Answered(query, boosts, sort, r.first(), r.size(), withFacets, reader.getKey());
        SearchHits known = page == null ? null : answered.get(page);
        if (known != null) {
            return known;
        }
        SearchHits found = answer(s, query, text, boosts, r, withFacets, sort, n, reader);
        if (page != null) {
            answered.put(page, found);
        }
        return found;
    }

    private SearchHits answer(IndexSearcher s, Query query, Query text, Query boosts, SearchRequest r, boolean withFacets,
                              Sort sort, int n, IndexReader.CacheHelper reader) throws IOException {
        boolean rescore = sort == null && boosts != null;
        // By relevance, the best RESCORED (or the page, if deeper) are ranked again with the boosts.
        int k = rescore ? Math.max(n, RESCORED) : n;
        TopDocs top;
        Map<String, List<SearchHits.Facet>> facets = Map.of();
        long total = -1;
        Counted key = withFacets && reader != null ? new Counted(query, reader.getKey()) : null;
        CountedResult countedBefore = key == null ? null : counted.get(key);
        if (countedBefore != null) {
            facets = countedBefore.facets();
            total = countedBefore.total();
            top = sort == null ? s.search(query, k) : s.search(query, k, sort, true);
        } else if (withFacets) {
            FacetsCollectorManager.FacetsResult fr = sort == null
                    ? FacetsCollectorManager.search(s, query, k, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, query, k, sort, true, new FacetsCollectorManager());
            top = fr.topDocs();
            facets = facets(s.getIndexReader(), fr.facetsCollector());
            // The facets saw every match: their count is the total (a second pass only to count cost 15 %).
            total = fr.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            if (key != null) {
                counted.put(key, new CountedResult(facets, total));
            }
        } else {
            top = sort == null ? s.search(query, k) : s.search(query, k, sort, true);
        }
        if (total < 0) {
            total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(query);
        }
        if (rescore) {
            top = QueryRescorer.rescore(s, top, boosts, 1f, n);
        }
        List<SearchHits.Hit> hits = new ArrayList<>();
        StoredFields stored = s.storedFields();
        for (int i = r.first(); i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(hit(stored.document(sd.doc), text, Float.isNaN(sd.score) ? 0f : sd.score));
        }
        return new SearchHits(total, r.first(), r.size(), List.copyOf(hits), facets, SearchHits.Notice.NONE, null);
    }

    private SearchHits.Hit hit(Document d, Query text, float score) throws IOException {
        String title = d.get(TITLE);
        String summary = d.get(SUMMARY);
        List<SearchHits.Span> titleSpans = List.of(new SearchHits.Span(title, false));
        List<SearchHits.Span> snippet = List.of();
        if (text != null) {
            titleSpans = spans(titleHighlighter.highlightWithoutSearcher(TEXT, text, title, 1), title);
            snippet = spans(snippetHighlighter.highlightWithoutSearcher(TEXT, text, summary, 2), null);
            if (!hasHit(snippet) && d.get(EXCERPT) != null) {
                List<SearchHits.Span> inText = spans(snippetHighlighter.highlightWithoutSearcher(TEXT, text, d.get(EXCERPT), 2), null);
                if (hasHit(inText)) {
                    snippet = inText;
                }
            }
        }
        if (!hasHit(snippet)) {
            snippet = summary == null || summary.isEmpty() ? List.of()
                    : List.of(new SearchHits.Span(summary.length() > SNIPPET_CHARS ? summary.substring(0, SNIPPET_CHARS - 1) + "…" : summary, false));
        }
        return new SearchHits.Hit(SearchKind.valueOf(d.get(KIND)), d.getField(ID).numericValue().longValue(), title,
                titleSpans, snippet, Long.parseLong(d.get(WS)), d.get(WS_LABEL),
                LocalDate.ofEpochDay(d.getField(DATE).numericValue().longValue()), d.get(STATE), d.get(TYPE),
                d.get(PATH), score);
    }

    @SuppressWarnings("unchecked")
    private static List<SearchHits.Span> spans(Object highlighted, String fallback) {
        if (highlighted instanceof List<?> l && !l.isEmpty()) {
            return (List<SearchHits.Span>) l;
        }
        return fallback == null ? List.of() : List.of(new SearchHits.Span(fallback, false));
    }

    private static boolean hasHit(List<SearchHits.Span> spans) {
        return spans.stream().anyMatch(SearchHits.Span::hit);
    }

    private Map<String, List<SearchHits.Facet>> facets(IndexReader reader, FacetsCollector fc) throws IOException {
        SortedSetDocValuesReaderState state = facetState(reader);
        if (state == null) {
            return Map.of();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, fc);
        Set<String> indexed = new java.util.HashSet<>();
        state.getDims().forEach(indexed::add);
        Map<String, List<SearchHits.Facet>> out = new LinkedHashMap<>();
        for (String dim : DIMS) {
            if (!indexed.contains(dim)) {
                out.put(dim, List.of());
                continue;
            }
            FacetResult fr = counts.getTopChildren(SearchHits.YEAR.equals(dim) ? 1_000 : FACET_VALUES, dim);
            List<SearchHits.Facet> values = new ArrayList<>();
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) {
                    values.add(facet(dim, lv.label, lv.value.longValue()));
                }
            }
            if (SearchHits.YEAR.equals(dim)) {
                values.sort(Comparator.comparing(SearchHits.Facet::value).reversed());
                if (values.size() > FACET_VALUES) {
                    values = values.subList(0, FACET_VALUES);
                }
            }
            out.put(dim, List.copyOf(values));
        }
        return out;
    }

    private static SearchHits.Facet facet(String dim, String label, long count) {
        if (SearchHits.WORKSPACE.equals(dim)) {
            int colon = label.indexOf(':');
            return new SearchHits.Facet(label.substring(0, colon), label.substring(colon + 1), count);
        }
        return new SearchHits.Facet(label, label, count);
    }

    /** The facet ordinals of this reader, built once per reader (each refresh makes a new one). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState f = facetState;
        if (f != null && f.reader == reader) {
            return f.state;
        }
        synchronized (this) {
            f = facetState;
            if (f != null && f.reader == reader) {
                return f.state;
            }
            SortedSetDocValuesReaderState st;
            try {
                st = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
            } catch (IllegalArgumentException noFacetsYet) {
                st = null;
            }
            facetState = new FacetState(reader, st);
            return st;
        }
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /**
     * A spelling of the typed words that the caller would find something with: each word not in the index gets
     * its closest indexed word, and the new text counts only if it finds items the caller may see (so a word of a
     * private item is never suggested to someone who may not see it).
     */
    private String didYouMean(IndexSearcher s, UserQuery typed, SearchRequest r, Set<String> readerKeys) throws IOException {
        List<String> words = new ArrayList<>(typed.words());
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String folded = SpanishAnalysis.fold(words.get(i));
            if (folded.length() < 3 || SpanishAnalysis.isStopWord(folded)) {
                continue;
            }
            SuggestWord[] better = spelling.suggestSimilar(new Term(SPELL, folded), 1, s.getIndexReader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (better.length > 0) {
                words.set(i, better[0].string);
                changed = true;
            }
        }
        if (!changed) {
            return null;
        }
        UserQuery retry = new UserQuery(List.copyOf(words), typed.phrases());
        Query q = textQuery(retry);
        if (q == null || s.count(filtered(q, r, readerKeys)) == 0) {
            return null;
        }
        return retry.display();
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "closing the search index", e);
        }
    }

    /** Highlights as spans: matched words marked, passages joined by an ellipsis. */
    private static final class SpanFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<SearchHits.Span> out = new ArrayList<>();
            int previousEnd = -1;
            for (Passage p : passages) {
                if (!out.isEmpty() && p.getStartOffset() > previousEnd) {
                    out.add(new SearchHits.Span(" … ", false));
                }
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = p.getMatchStarts()[i];
                    int end = p.getMatchEnds()[i];
                    if (start < pos) {
                        continue;
                    }
                    if (start > pos) {
                        out.add(new SearchHits.Span(content.substring(pos, start), false));
                    }
                    out.add(new SearchHits.Span(content.substring(start, end), true));
                    pos = end;
                }
                if (pos < p.getEndOffset()) {
                    out.add(new SearchHits.Span(content.substring(pos, p.getEndOffset()), false));
                }
                previousEnd = p.getEndOffset();
            }
            return out;
        }
    }
}
