package dev.liaison.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * CPU time of each pipeline stage on one thread: {@code StageBench FILE [ROUNDS]}, FILE holding
 * texts separated by form feeds. Prints per-stage milliseconds of the last round and KB per CPU
 * second; used to choose the annotators (docs/extraction.md). The parse is timed twice, CoreNLP's
 * {@code predict} ("parse") and {@link FastDependencyParser} ("fastparse"), and their dependencies
 * compared ("differ", which must be 0); {@link ParseCheck} checks more closely. The graphs are built
 * from the fast parser's structures.
 */
public final class StageBench {
    public static void main(String[] args) throws Exception {
        List<String> texts = Arrays.asList(Files.readString(Path.of(args[0])).split("\f"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long bytes = texts.stream().mapToLong(t -> t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
        Properties all = Server.pipelineProperties();
        String[] stages = {"tokenize,ssplit", "pos", "lemma", "ner"};
        StanfordCoreNLP[] pipes = new StanfordCoreNLP[stages.length];
        for (int i = 0; i < stages.length; i++) {
            Properties p = new Properties();
            p.putAll(all);
            p.setProperty("annotators", stages[i]);
            pipes[i] = new StanfordCoreNLP(p, false);
        }
        DependencyParser parser = DependencyParser.loadFromModelFile(all.getProperty("depparse.model"));
        FastDependencyParser fast = new FastDependencyParser(parser);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] modes = {"BASIC", "ENHANCED", "ENHANCED_PLUS_PLUS"};
        for (int r = 0; r < rounds; r++) {
            long[] ns = new long[stages.length + 1 + modes.length];
            long fastNs = 0;
            long sentences = 0, differ = 0;
            for (String text : texts) {
                Annotation doc = new Annotation(text);
                for (int i = 0; i < stages.length; i++) {
                    long t = mx.getCurrentThreadCpuTime();
                    pipes[i].annotate(doc);
                    if (i == 0) doc.set(CoreAnnotations.SentencesAnnotation.class, Annotator.bounded(doc.get(CoreAnnotations.SentencesAnnotation.class)));
                    ns[i] += mx.getCurrentThreadCpuTime() - t;
                }
                for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    sentences++;
                    long t = mx.getCurrentThreadCpuTime();
                    GrammaticalStructure core = parser.predict(s);
                    ns[stages.length] += mx.getCurrentThreadCpuTime() - t;
                    t = mx.getCurrentThreadCpuTime();
                    GrammaticalStructure gs = fast.predict(s);
                    fastNs += mx.getCurrentThreadCpuTime() - t;
                    if (!ParseCheck.same(core, gs)) differ++;
                    for (int m = 0; m < modes.length; m++) {
                        t = mx.getCurrentThreadCpuTime();
                        SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.valueOf(modes[m]), GrammaticalStructure.Extras.NONE, null);
                        ns[stages.length + 1 + m] += mx.getCurrentThreadCpuTime() - t;
                    }
                }
            }
            StringBuilder b = new StringBuilder("round " + r + " (" + sentences + " sentences, " + bytes / 1024 + " KB):");
            for (int i = 0; i < stages.length; i++) b.append(String.format(" %s %d ms", stages[i], ns[i] / 1_000_000));
            b.append(String.format(" parse %d ms fastparse %d ms (differ %d)", ns[stages.length] / 1_000_000, fastNs / 1_000_000, differ));
            for (int m = 0; m < modes.length; m++) b.append(String.format(" %s %d ms", modes[m], ns[stages.length + 1 + m] / 1_000_000));
            System.out.println(b);
        }
    }
}
