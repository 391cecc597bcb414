// A plain Java Lucene 8 peer for Mirsad's benchmarks: EnglishAnalyzer (or, with -Danalyzer=arabic, ArabicAnalyzer:
// normalisation, stop words, light stemming), BM25, title boosted 2x over body, the reader's words OR-ed by the
// classic query parser (what a newsroom would get from Lucene out of the box).
//   java LuceneBench relevance DOCS.tsv QUERIES.tsv TOP      -> TREC run on stdout
//   java LuceneBench search CORPUS.tsv QUERIES.tsv REPEAT    -> index + timing lines (same shape as mirsad bench search)
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.*;
import org.apache.lucene.store.*;
import org.apache.lucene.util.BytesRef;

public final class LuceneBench {
    public static void main(String[] args) throws Exception {
        List<String[]> docs = read(args[1]);
        List<String[]> queries = read(args[2]);
        int n = Integer.parseInt(args[3]);
        Analyzer analyzer = "arabic".equals(System.getProperty("analyzer")) ? new ArabicAnalyzer() : new EnglishAnalyzer();
        Path dir = Files.createTempDirectory("lucene-peer-");
        try (Directory directory = FSDirectory.open(dir)) {
            long start = System.nanoTime();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (String[] d : docs) {
                    Document doc = new Document();
                    doc.add(new StringField("id", d[0], Field.Store.YES));
                    doc.add(new BinaryDocValuesField("id_dv", new BytesRef(d[0])));
                    doc.add(new TextField("title", d[1], Field.Store.NO));
                    doc.add(new TextField("body", d[2], Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Map<String, Float> boosts = new HashMap<>();
                boosts.put("title", 2f);
                boosts.put("body", 1f);
                MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer, boosts);
                List<Query> parsed = new ArrayList<>();
                for (String[] q : queries) {
                    String text = q[2].isEmpty() ? q[1] : q[2];
                    parsed.add(parser.parse(QueryParser.escape(text)));
                }
                if (args[0].equals("relevance")) {
                    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
                    for (int i = 0; i < queries.size(); i++) {
                        ScoreDoc[] hits = searcher.search(parsed.get(i), n).scoreDocs;
                        for (int r = 0; r < hits.length; r++) {
                            out.printf(Locale.ROOT, "%s Q0 %s %d %.4f lucene%n", queries.get(i)[0], searcher.doc(hits[r].doc).get("id"), r + 1, hits[r].score);
                        }
                    }
                    out.flush();
                    return;
                }
                System.out.printf(Locale.ROOT, "index docs=%d seconds=%.2f docs_per_s=%.0f%n", docs.size(), seconds, docs.size() / seconds);
                for (Query q : parsed) top10(searcher, q); // warm-up pass
                long[] latencies = new long[parsed.size() * n];
                int k = 0;
                long all = System.nanoTime();
                for (int pass = 0; pass < n; pass++) {
                    for (Query q : parsed) {
                        long t = System.nanoTime();
                        top10(searcher, q);
                        latencies[k++] = System.nanoTime() - t;
                    }
                }
                double elapsed = (System.nanoTime() - all) / 1e9;
                Arrays.sort(latencies);
                System.out.printf(Locale.ROOT, "search queries=%d qps=%.0f p50_us=%.0f p99_us=%.0f%n", k, k / elapsed, pct(latencies, 0.50), pct(latencies, 0.99));
            }
        } finally {
            try (var walk = Files.walk(dir)) { walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        }
    }

    // Top 10 with their ids read from doc values, as Mirsad reads its hits (stored fields would cost
    // Lucene 8 a block decompression per hit).
    private static void top10(IndexSearcher searcher, Query q) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            BinaryDocValues ids = leaf.reader().getBinaryDocValues("id_dv");
            if (ids.advanceExact(sd.doc - leaf.docBase)) ids.binaryValue().utf8ToString();
        }
    }

    private static double pct(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }

    private static List<String[]> read(String path) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(path), StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t", -1);
            if (cols.length >= 3) rows.add(cols);
        }
        return rows;
    }
}
