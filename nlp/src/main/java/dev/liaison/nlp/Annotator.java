package dev.liaison.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The pipeline in two passes: tokenize and ssplit, then every sentence longer than
 * {@value #MAX_TOKENS} tokens is cut (at the last comma, semicolon or colon of its window when
 * there is one), then pos, lemma, ner and depparse. A page of text without punctuation thus costs
 * what as many ordinary sentences would, not a parse of one enormous sentence.
 */
final class Annotator {
    static final int MAX_TOKENS = 120;
    private static final int MIN_PIECE = 40;

    private final StanfordCoreNLP segmenter;
    private final StanfordCoreNLP analyser;
    private final DependencyParser parser;
    /** The same parses at a fraction of the CPU (see its class); null with -Dliaison.fastParse=false. */
    private final FastDependencyParser fastParser;
    private final SemanticGraphFactory.Mode mode;

    Annotator(Properties all) {
        Properties seg = new Properties();
        seg.putAll(all);
        seg.setProperty("annotators", "tokenize,ssplit");
        segmenter = new StanfordCoreNLP(seg);
        Properties rest = new Properties();
        rest.putAll(all);
        // depparse is run below, not as CoreNLP's annotator: that one builds five dependency graphs
        // of every sentence (basic, collapsed, cc-processed, enhanced, enhanced++), and Liaison reads one.
        rest.setProperty("annotators", all.getProperty("annotators").replace("tokenize,ssplit,", "").replace(",depparse", ""));
        analyser = new StanfordCoreNLP(rest, false);
        parser = all.getProperty("annotators").contains("depparse")
                ? DependencyParser.loadFromModelFile(all.getProperty("depparse.model"))
                : null;
        FastDependencyParser fast = null;
        if (parser != null && Boolean.parseBoolean(System.getProperty("liaison.fastParse", "true"))) {
            try {
                fast = new FastDependencyParser(parser);
            } catch (RuntimeException e) {
                System.err.println("Liaison NLP: CoreNLP's own dependency parser in use, the fast one is not available: " + e);
            }
        }
        fastParser = fast;
        mode = SemanticGraphFactory.Mode.valueOf(System.getProperty("liaison.deps", "ENHANCED_PLUS_PLUS"));
    }

    String annotateToJson(String text) {
        Annotation doc = new Annotation(text);
        segmenter.annotate(doc);
        doc.set(CoreAnnotations.SentencesAnnotation.class, bounded(doc.get(CoreAnnotations.SentencesAnnotation.class)));
        if (Thread.interrupted()) throw new RuntimeException("interrupted");
        analyser.annotate(doc);
        if (parser != null) {
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                if (Thread.interrupted()) throw new RuntimeException("interrupted");
                GrammaticalStructure gs = fastParser != null ? fastParser.predict(sentence) : parser.predict(sentence);
                sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                        SemanticGraphFactory.makeFromTree(gs, mode, GrammaticalStructure.Extras.NONE, null));
            }
        }
        return toJson(doc);
    }

    /** Longest word the tagger sees: its unknown-word features grow with the word's length. */
    static final int MAX_WORD = 40;

    /**
     * The sentences with none over MAX_TOKENS tokens, renumbered; words longer than MAX_WORD
     * (noise, a pasted hash) are seen shortened by the tagger and the NER, offsets unchanged.
     */
    static List<CoreMap> bounded(List<CoreMap> sentences) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel t : tokens) {
                if (t.word() != null && t.word().length() > MAX_WORD) {
                    t.setWord(t.word().substring(0, MAX_WORD));
                    t.setValue(t.word());
                }
            }
            if (tokens.size() <= MAX_TOKENS) {
                out.add(s);
                continue;
            }
            int tokenBase = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            int from = 0;
            while (from < tokens.size()) {
                int to = Math.min(tokens.size(), from + MAX_TOKENS);
                if (to < tokens.size()) {
                    for (int i = to - 1; i >= from + MIN_PIECE; i--) {
                        String w = tokens.get(i).word();
                        if (w.equals(",") || w.equals(";") || w.equals(":")) {
                            to = i + 1;
                            break;
                        }
                    }
                }
                out.add(piece(tokens.subList(from, to), tokenBase + from));
                from = to;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int j = 0; j < tokens.size(); j++) {
                tokens.get(j).setIndex(j + 1);
                tokens.get(j).setSentIndex(i);
            }
        }
        return out;
    }

    private static CoreMap piece(List<CoreLabel> tokens, int tokenBegin) {
        CoreMap s = new ArrayCoreMap();
        List<CoreLabel> copy = new ArrayList<>(tokens);
        s.set(CoreAnnotations.TokensAnnotation.class, copy);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin);
        s.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + copy.size());
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, copy.get(0).beginPosition());
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, copy.get(copy.size() - 1).endPosition());
        StringBuilder text = new StringBuilder();
        for (CoreLabel t : copy) {
            if (text.length() > 0) text.append(' ');
            text.append(t.originalText());
        }
        s.set(CoreAnnotations.TextAnnotation.class, text.toString());
        return s;
    }

    /** CoreNLP's JSON shape, reduced to what Liaison reads. */
    static String toJson(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        StringBuilder b = new StringBuilder(doc.get(CoreAnnotations.TextAnnotation.class).length() * 6 + 64);
        b.append("{\"sentences\":[");
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            if (i > 0) b.append(',');
            b.append("{\"index\":").append(i).append(",\"tokens\":[");
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int j = 0; j < tokens.size(); j++) {
                CoreLabel t = tokens.get(j);
                if (j > 0) b.append(',');
                b.append("{\"index\":").append(j + 1).append(",\"word\":");
                Json.append(b, t.word());
                b.append(",\"originalText\":");
                Json.append(b, t.originalText());
                b.append(",\"characterOffsetBegin\":").append(t.beginPosition());
                b.append(",\"characterOffsetEnd\":").append(t.endPosition());
                b.append(",\"pos\":");
                Json.append(b, nonNull(t.tag()));
                b.append(",\"lemma\":");
                Json.append(b, nonNull(t.lemma()));
                b.append(",\"ner\":");
                Json.append(b, t.ner() == null ? "O" : t.ner());
                b.append('}');
            }
            b.append("],\"enhancedPlusPlusDependencies\":[");
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            boolean first = true;
            if (g != null) {
                for (IndexedWord root : g.getRoots()) {
                    if (!first) b.append(',');
                    first = false;
                    b.append("{\"dep\":\"ROOT\",\"governor\":0,\"dependent\":").append(root.index()).append('}');
                }
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    // Copy nodes of enhanced++ ("A and B met" with an elided verb) are left out.
                    if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) continue;
                    if (!first) b.append(',');
                    first = false;
                    b.append("{\"dep\":");
                    Json.append(b, e.getRelation().toString());
                    b.append(",\"governor\":").append(e.getGovernor().index());
                    b.append(",\"dependent\":").append(e.getDependent().index()).append('}');
                }
            }
            b.append("]}");
        }
        b.append("]}");
        return b.toString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
