package dev.liaison.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Identity check and CPU time of {@link FastDependencyParser} against CoreNLP's own
 * {@link DependencyParser#predict(CoreMap)}:
 * {@code ParseCheck [--rounds N] [--deep] [--raw] [--cold] [--threads N] PATH...}, each PATH a file of texts separated by
 * form feeds or a folder of {@code .txt} files. Sentences are made as the service makes them
 * (tokenize, ssplit, the cut at {@value Annotator#MAX_TOKENS} tokens unless --raw, pos); every sentence
 * is parsed by both, every round, and their typed dependencies (governor, dependent, relation) compared,
 * and in the first round their enhanced++ graphs too. --deep also replays each of the fast parser's
 * transitions on CoreNLP's own Configuration and compares, step by step, the feature arrays
 * (getFeatureArray) and all the scores (Classifier.computeScores) bit for bit, and that a step taken
 * unscored had one possible transition. --cold starts every round with an empty cache of rows (as
 * for text the service has not seen). --threads N parses every sentence again on N threads at once
 * sharing one new fast parser (and its cache), against CoreNLP's answers. Prints the thread CPU time of both per round, and medians.
 * Exits 1 on any difference.
 */
public final class ParseCheck {
    public static void main(String[] args) throws Exception {
        int rounds = 5;
        boolean deep = false;
        boolean raw = false;
        boolean cold = false;
        int threads = 0;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds": rounds = Integer.parseInt(args[++i]); break;
                case "--deep": deep = true; break;
                case "--raw": raw = true; break;
                case "--cold": cold = true; break;
                case "--threads": threads = Integer.parseInt(args[++i]); break;
                default: texts.addAll(read(Path.of(args[i])));
            }
        }
        java.util.Properties all = Server.pipelineProperties();
        java.util.Properties seg = new java.util.Properties();
        seg.putAll(all);
        seg.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP segmenter = new StanfordCoreNLP(seg);
        java.util.Properties tag = new java.util.Properties();
        tag.putAll(all);
        tag.setProperty("annotators", "pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(tag, false);
        List<CoreMap> sentences = new ArrayList<>();
        long bytes = 0;
        for (String text : texts) {
            bytes += text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            Annotation doc = new Annotation(text);
            segmenter.annotate(doc);
            if (!raw) doc.set(CoreAnnotations.SentencesAnnotation.class, Annotator.bounded(doc.get(CoreAnnotations.SentencesAnnotation.class)));
            tagger.annotate(doc);
            sentences.addAll(doc.get(CoreAnnotations.SentencesAnnotation.class));
        }
        long tokens = sentences.stream().mapToLong(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
        System.out.printf("%d texts, %d KB, %d sentences, %d tokens%n", texts.size(), bytes / 1024, sentences.size(), tokens);

        DependencyParser parser = DependencyParser.loadFromModelFile(all.getProperty("depparse.model"));
        FastDependencyParser fast = new FastDependencyParser(parser);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap used after loading %d MB of %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        long differences = 0;
        long[] coreNs = new long[rounds];
        long[] fastNs = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            if (cold && r > 0) fast = new FastDependencyParser(parser);
            long diff = 0;
            for (CoreMap s : sentences) {
                long t = mx.getCurrentThreadCpuTime();
                GrammaticalStructure a = parser.predict(s);
                long t1 = mx.getCurrentThreadCpuTime();
                GrammaticalStructure b = fast.predict(s);
                long t2 = mx.getCurrentThreadCpuTime();
                coreNs[r] += t1 - t;
                fastNs[r] += t2 - t1;
                if (!same(a, b)) {
                    diff++;
                    if (diff <= 5) System.out.println("DIFFERENT: " + s.get(CoreAnnotations.TextAnnotation.class)
                            + "\n  corenlp " + a.typedDependencies() + "\n  fast    " + b.typedDependencies());
                } else if (r == 0) {
                    SemanticGraph ga = SemanticGraphFactory.makeFromTree(a, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
                    SemanticGraph gb = SemanticGraphFactory.makeFromTree(b, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
                    if (!ga.toList().equals(gb.toList())) {
                        diff++;
                        System.out.println("DIFFERENT enhanced++: " + s.get(CoreAnnotations.TextAnnotation.class));
                    }
                }
            }
            differences += diff;
            System.out.printf("round %d: corenlp parse %d ms, fast parse %d ms (%.2fx), %d sentences differ; rows computed so far %d%n",
                    r, coreNs[r] / 1_000_000, fastNs[r] / 1_000_000, (double) coreNs[r] / fastNs[r], diff, fast.rowsComputed());
        }
        System.out.printf("median: corenlp parse %d ms, fast parse %d ms, ratio %.2f; fast parser cache %d of %d rows%n",
                median(coreNs) / 1_000_000, median(fastNs) / 1_000_000, (double) median(coreNs) / median(fastNs), fast.cachedRows(), fast.cacheCapacity());
        if (threads > 0) differences += concurrent(parser, sentences, threads);
        if (deep) differences += deep(parser, fast, sentences);
        System.out.println(differences == 0 ? "IDENTICAL" : "DIFFERENCES: " + differences);
        System.exit(differences == 0 ? 0 : 1);
    }

    /** Every sentence parsed by N threads sharing one fast parser; the number that differ from CoreNLP's. */
    private static long concurrent(DependencyParser parser, List<CoreMap> sentences, int threads) throws Exception {
        List<GrammaticalStructure> expected = new ArrayList<>();
        for (CoreMap s : sentences) expected.add(parser.predict(s));
        FastDependencyParser shared = new FastDependencyParser(parser, 2048);
        java.util.concurrent.atomic.AtomicLong bad = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int offset = t * sentences.size() / threads;
            Thread th = new Thread(() -> {
                for (int round = 0; round < 2; round++) {
                    for (int i = 0; i < sentences.size(); i++) {
                        int k = (i + offset) % sentences.size();
                        if (!same(expected.get(k), shared.predict(sentences.get(k)))) bad.incrementAndGet();
                        done.incrementAndGet();
                    }
                }
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) th.join();
        System.out.printf("concurrent: %d threads sharing one fast parser (cache of %d rows), %d parses, %d differ%n",
                threads, shared.cacheCapacity(), done.get(), bad.get());
        return bad.get();
    }

    private static List<String> read(Path p) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.list(p)) {
                for (Iterator<Path> it = files.filter(f -> f.toString().endsWith(".txt")).sorted().iterator(); it.hasNext(); ) out.addAll(read(it.next()));
            }
        } else {
            for (String t : Files.readString(p).split("\f")) if (!t.isBlank()) out.add(t);
        }
        return out;
    }

    static boolean same(GrammaticalStructure a, GrammaticalStructure b) {
        List<TypedDependency> x = new ArrayList<>(a.typedDependencies());
        List<TypedDependency> y = new ArrayList<>(b.typedDependencies());
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) {
            TypedDependency p = x.get(i), q = y.get(i);
            if (p.gov().index() != q.gov().index() || p.dep().index() != q.dep().index()
                    || !p.reln().toString().equals(q.reln().toString())) return false;
        }
        return true;
    }

    private static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    /** Step-by-step replay on CoreNLP's Configuration; the number of sentences with any difference. */
    @SuppressWarnings("unchecked")
    private static long deep(DependencyParser parser, FastDependencyParser fast, List<CoreMap> sentences) throws Exception {
        Field f = DependencyParser.class.getDeclaredField("system");
        f.setAccessible(true);
        ParsingSystem system = (ParsingSystem) f.get(parser);
        f = DependencyParser.class.getDeclaredField("classifier");
        f.setAccessible(true);
        Classifier classifier = (Classifier) f.get(parser);
        f = ParsingSystem.class.getDeclaredField("transitions");
        f.setAccessible(true);
        List<String> transitions = (List<String>) f.get(system);
        Method features = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
        features.setAccessible(true);
        Method scores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
        scores.setAccessible(true);
        long bad = 0, steps = 0, scored = 0;
        long[] problems = new long[3];
        for (CoreMap s : sentences) {
            Configuration c = system.initialConfiguration(s);
            long[] before = problems.clone();
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            int[] heads = new int[tokens.size() + 1];
            int[] labels = new int[tokens.size() + 1];
            long[] counts = new long[2];
            fast.parse(tokens, heads, labels, (feature, sc, trans) -> {
                try {
                    counts[0]++;
                    if (feature == null) {
                        int possible = 0;
                        for (String t : transitions) if (system.canApply(c, t)) possible++;
                        if (possible != 1 || !system.canApply(c, transitions.get(trans))) problems[2]++;
                    } else {
                        counts[1]++;
                        int[] ref = (int[]) features.invoke(parser, c);
                        if (!Arrays.equals(ref, feature)) problems[0]++;
                        double[] refScores = (double[]) scores.invoke(classifier, (Object) ref);
                        for (int k = 0; k < refScores.length; k++) {
                            if (Double.doubleToRawLongBits(refScores[k]) != Double.doubleToRawLongBits(sc[k])) {
                                problems[1]++;
                                break;
                            }
                        }
                    }
                    system.apply(c, transitions.get(trans));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            steps += counts[0];
            scored += counts[1];
            if (!Arrays.equals(before, problems)) bad++;
        }
        System.out.printf("deep: %d steps (%d scored, %d taken unscored); steps whose features differ %d, "
                        + "whose scores differ in any bit %d, unscored steps with another possible transition %d; %d sentences with any%n",
                steps, scored, steps - scored, problems[0], problems[1], problems[2], bad);
        return bad;
    }
}
