package dev.liaison.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transition loop of CoreNLP's neural dependency parser ({@link DependencyParser#predict(CoreMap)}),
 * run on the trained weights of a loaded parser with the same arithmetic, so the same arcs and labels,
 * at a fraction of its CPU time.
 *
 * <p>Where CoreNLP's time goes and what is done instead, every score staying bit for bit the same:
 * <ul>
 *   <li>Output layer: CoreNLP takes 83 dot products of 1,000 doubles one after the other, each a
 *       chain of dependent additions. Here the weights are transposed so that one pass over the hidden
 *       layer feeds all 83 sums at once (vectorised, independent lanes); each sum still adds the same
 *       products in the same order, from 0.0.
 *   <li>Steps where one transition only is allowed (stack of ROOT and at most one word) are taken
 *       without scoring: the argmax over the allowed transitions cannot be anything else.
 *   <li>Hidden-layer contributions of (feature position, id) pairs outside the model's precomputed
 *       table are computed once into a bounded, lock-free cache (CoreNLP's is a synchronised LRU of
 *       5,000), with CoreNLP's rounding: float products summed in double, rounded to float.
 *   <li>Features come from int arrays kept up to date with each transition (word and tag ids looked up
 *       once per token, two leftmost and two rightmost children per node) rather than from string
 *       look-ups and scans of the whole tree at every step.
 * </ul>
 *
 * <p>What bounds it: a row not yet cached costs about 35 us (1,000 x 50 float products, each widened
 * to double one at a time: JDK 17 does not vectorise float-to-double conversion), about as much as a
 * whole scored step; a first reading of 64 KB of news computes some 15,000. The cache holds
 * {@code -Dliaison.fastParse.cacheRows} rows of 8 KB, by default an eighth of the heap (19,000 rows,
 * 150 MB, at -Xmx1200m).
 *
 * <p>Immutable but for the cache, whose races are benign (an entry is a final key and a final row,
 * and any two computations of a row are equal), so one instance serves any number of threads.
 * Supports what CoreNLP's {@code predict} does for the arc-standard system with a cache and a
 * precomputed table (the shipped models); the constructor refuses anything else.
 */
final class FastDependencyParser {
    private static final int NONE = -1;

    private final DependencyParser parser;
    private final Method makeRelation;
    private final Method makeStructure;

    private final int numTokens;
    private final int embeddingSize;
    private final int hiddenSize;
    private final int numLabels;
    private final int numTrans;
    private final int stride;
    private final String[] labels;
    private final boolean[] isRootLabel;
    /** Embedding row of each transition label, as a label feature. */
    private final int[] labelFeature;
    private final int nullWord, rootWord, nullPos, rootPos, nullLabel;

    private final float[][] E;
    private final float[] b1;
    /** W1 transposed: row c holds column c of W1 (one embedding dimension of one feature position). */
    private final float[][] w1t;
    /** W2 transposed and widened: w2t[i][k] = W2[k][i], rows padded to {@link #stride}. */
    private final double[][] w2t;
    private final double[][] saved;
    /** Key (id * numTokens + position) to row of {@link #saved}, or -1. */
    private final int[] savedSlot;
    private final RowCache cache;
    private final java.util.concurrent.atomic.LongAdder misses = new java.util.concurrent.atomic.LongAdder();

    FastDependencyParser(DependencyParser parser) {
        this(parser, Integer.getInteger("liaison.fastParse.cacheRows", defaultCacheRows(parser)));
    }

    /** An eighth of the heap, in rows of 8 KB (the 1,000 hidden units of english_UD): 19,000 rows for 1.2 GB. */
    private static int defaultCacheRows(DependencyParser parser) {
        long rowBytes = 8L * 1000 + 16;
        return (int) Math.max(1024, Math.min(65536, Runtime.getRuntime().maxMemory() / 8 / rowBytes));
    }

    @SuppressWarnings("unchecked")
    FastDependencyParser(DependencyParser parser, int cacheRows) {
        this.parser = parser;
        try {
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            if (classifier == null || system == null) throw new IllegalStateException("the parser is not loaded");
            if (!system.getClass().getName().equals("edu.stanford.nlp.parser.nndep.ArcStandard"))
                throw new IllegalStateException("not the arc-standard system: " + system.getClass());
            if (!field(system.getClass(), "singleRoot").getBoolean(system))
                throw new IllegalStateException("arc-standard without singleRoot");
            if (config.numCached <= 0)
                throw new IllegalStateException("numCached = 0 (CoreNLP then sums unrounded contributions)");
            List<String> labelList = (List<String>) field(ParsingSystem.class, "labels").get(system);
            List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            String rootLabel = (String) field(ParsingSystem.class, "rootLabel").get(system);
            makeRelation = DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
            makeRelation.setAccessible(true);
            makeStructure = DependencyParser.class.getDeclaredMethod("makeGrammaticalStructure", List.class, TreeGraphNode.class);
            makeStructure.setAccessible(true);

            numTokens = Config.numTokens;
            embeddingSize = config.embeddingSize;
            hiddenSize = config.hiddenSize;
            numLabels = labelList.size();
            numTrans = transitions.size();
            if (numTrans != 2 * numLabels + 1) throw new IllegalStateException("unexpected transitions");
            labels = labelList.toArray(new String[0]);
            isRootLabel = new boolean[numLabels];
            labelFeature = new int[numLabels];
            for (int l = 0; l < numLabels; l++) {
                if (!transitions.get(l).equals("L(" + labels[l] + ")")
                        || !transitions.get(numLabels + l).equals("R(" + labels[l] + ")"))
                    throw new IllegalStateException("unexpected transition order");
                isRootLabel[l] = labels[l].equals(rootLabel);
                labelFeature[l] = parser.getLabelID(labels[l]);
            }
            if (!transitions.get(2 * numLabels).equals("S")) throw new IllegalStateException("unexpected transitions");
            nullWord = parser.getWordID(Config.NULL);
            rootWord = parser.getWordID(Config.ROOT);
            nullPos = parser.getPosID(Config.NULL);
            rootPos = parser.getPosID(Config.ROOT);
            nullLabel = parser.getLabelID(Config.NULL);

            E = classifier.getE();
            b1 = classifier.getb1();
            float[][] W1 = classifier.getW1();
            float[][] W2 = classifier.getW2();
            if (W1.length != hiddenSize || W1[0].length != embeddingSize * numTokens || W2.length != numTrans
                    || W2[0].length != hiddenSize || b1.length != hiddenSize || E[0].length != embeddingSize)
                throw new IllegalStateException("unexpected weight shapes");
            saved = (double[][]) field(Classifier.class, "saved").get(classifier);
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            if (saved == null) throw new IllegalStateException("no precomputed table");

            w1t = new float[embeddingSize * numTokens][hiddenSize];
            for (int i = 0; i < hiddenSize; i++) {
                float[] row = W1[i];
                for (int c = 0; c < row.length; c++) w1t[c][i] = row[c];
            }
            stride = (numTrans + 7) & ~7;
            w2t = new double[hiddenSize][stride];
            for (int k = 0; k < numTrans; k++) {
                float[] row = W2[k];
                for (int i = 0; i < hiddenSize; i++) w2t[i][k] = row[i];
            }
            savedSlot = new int[E.length * numTokens];
            java.util.Arrays.fill(savedSlot, -1);
            for (Map.Entry<Integer, Integer> e : preMap.entrySet()) {
                int key = e.getKey();
                if (key < 0 || key >= savedSlot.length) throw new IllegalStateException("precomputed key out of range");
                savedSlot[key] = e.getValue();
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this CoreNLP's parser has not the expected internals", e);
        }
        cache = new RowCache(Math.max(2, cacheRows));
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** What {@link DependencyParser#predict(CoreMap)} answers for the sentence. */
    GrammaticalStructure predict(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int[] heads = new int[tokens.size() + 1];
        int[] labelOf = new int[tokens.size() + 1];
        parse(tokens, heads, labelOf, null);
        return structure(tokens, heads, labelOf);
    }

    /**
     * The transition loop of {@code predictInner}. Fills heads[1..n] and label indices labelOf[1..n].
     * With a checker, every scored step's scores are handed to it (with the feature array) first.
     */
    void parse(List<CoreLabel> tokens, int[] heads, int[] labelOf, StepChecker checker) {
        final int n = tokens.size();
        final int nt = numTokens;
        // ids indexed by token + 1: [0] is NONEXIST (-NULL-), [1] ROOT, [k + 1] token k
        int[] wordId = new int[n + 2];
        int[] posId = new int[n + 2];
        wordId[0] = nullWord;
        posId[0] = nullPos;
        wordId[1] = rootWord;
        posId[1] = rootPos;
        for (int k = 1; k <= n; k++) {
            CoreLabel t = tokens.get(k - 1);
            wordId[k + 1] = parser.getWordID(t.word());
            posId[k + 1] = parser.getPosID(t.tag());
        }
        int[] labelId = new int[n + 2]; // label feature of token k at [k + 1]; [0] -NULL-
        labelId[0] = nullLabel;
        int[] lc1 = new int[n + 1], lc2 = new int[n + 1], rc1 = new int[n + 1], rc2 = new int[n + 1];
        java.util.Arrays.fill(lc1, NONE);
        java.util.Arrays.fill(lc2, NONE);
        java.util.Arrays.fill(rc1, NONE);
        java.util.Arrays.fill(rc2, NONE);
        java.util.Arrays.fill(heads, NONE);
        int[] stack = new int[n + 1];
        int sp = 0;
        stack[sp++] = 0;
        int buf = 1; // the buffer is buf..n
        int[] feature = new int[nt];
        double[][] rows = new double[nt][];
        double[] hidden = new double[hiddenSize];
        double[] scores = new double[stride];
        double[] slice = new double[hiddenSize];

        while (!(sp == 1 && buf > n)) {
            if (Thread.interrupted()) throw new RuntimeInterruptedException();
            int nBuffer = n - buf + 1;
            int s0 = stack[sp - 1];
            int s1 = sp >= 2 ? stack[sp - 2] : NONE;
            int trans;
            if (sp <= 2) {
                // ROOT alone, or ROOT and one word: no left arc; a right arc only to ROOT with the
                // buffer empty; a shift only with it not. One transition is possible.
                if (nBuffer > 0) trans = 2 * numLabels;
                else {
                    trans = NONE;
                    for (int l = 0; l < numLabels; l++) if (isRootLabel[l]) { trans = numLabels + l; break; }
                    if (trans < 0 || sp != 2) throw new IllegalStateException("no transition applies");
                }
                if (checker != null) checker.step(null, null, trans);
            } else {
                // features, in getFeatureArray's order
                int s2 = sp >= 3 ? stack[sp - 3] : NONE;
                feature[0] = wordId[s2 + 1];
                feature[1] = wordId[s1 + 1];
                feature[2] = wordId[s0 + 1];
                feature[18] = posId[s2 + 1];
                feature[19] = posId[s1 + 1];
                feature[20] = posId[s0 + 1];
                for (int j = 0; j <= 2; j++) {
                    int b = buf + j <= n ? buf + j : NONE;
                    feature[3 + j] = wordId[b + 1];
                    feature[21 + j] = posId[b + 1];
                }
                for (int j = 0; j <= 1; j++) {
                    int k = j == 0 ? s0 : s1;
                    int base = 6 + j * 6;
                    int lbase = 36 + j * 6;
                    int a = k < 0 ? NONE : lc1[k];
                    int b = k < 0 ? NONE : rc1[k];
                    int c = k < 0 ? NONE : lc2[k];
                    int d = k < 0 ? NONE : rc2[k];
                    int e = a < 0 ? NONE : lc1[a];
                    int f = b < 0 ? NONE : rc1[b];
                    feature[base] = wordId[a + 1];
                    feature[base + 1] = wordId[b + 1];
                    feature[base + 2] = wordId[c + 1];
                    feature[base + 3] = wordId[d + 1];
                    feature[base + 4] = wordId[e + 1];
                    feature[base + 5] = wordId[f + 1];
                    feature[18 + base] = posId[a + 1];
                    feature[18 + base + 1] = posId[b + 1];
                    feature[18 + base + 2] = posId[c + 1];
                    feature[18 + base + 3] = posId[d + 1];
                    feature[18 + base + 4] = posId[e + 1];
                    feature[18 + base + 5] = posId[f + 1];
                    feature[lbase] = labelId[a + 1];
                    feature[lbase + 1] = labelId[b + 1];
                    feature[lbase + 2] = labelId[c + 1];
                    feature[lbase + 3] = labelId[d + 1];
                    feature[lbase + 4] = labelId[e + 1];
                    feature[lbase + 5] = labelId[f + 1];
                }
                scores(feature, rows, hidden, scores, slice);
                // predictInner's argmax: the first allowed transition of the highest score. With more
                // than ROOT and one word on the stack, every arc with a label other than ROOT's is
                // allowed, and the shift with a non-empty buffer.
                double opt = Double.NEGATIVE_INFINITY;
                trans = NONE;
                for (int j = 0; j < 2 * numLabels; j++) {
                    if (scores[j] > opt && !isRootLabel[j < numLabels ? j : j - numLabels]) {
                        opt = scores[j];
                        trans = j;
                    }
                }
                if (nBuffer > 0 && scores[2 * numLabels] > opt) trans = 2 * numLabels;
                if (trans < 0) throw new IllegalStateException("no transition scored (NaN scores?)");
                if (checker != null) checker.step(feature, scores, trans);
            }
            // apply
            if (trans == 2 * numLabels) {
                stack[sp++] = buf++;
            } else {
                int l = trans < numLabels ? trans : trans - numLabels;
                int h, t;
                if (trans < numLabels) { // L: s0 heads s1, which leaves the stack
                    h = s0;
                    t = s1;
                    stack[sp - 2] = s0;
                } else { // R: s1 heads s0, which leaves the stack
                    h = s1;
                    t = s0;
                }
                sp--;
                heads[t] = h;
                labelOf[t] = l;
                labelId[t + 1] = labelFeature[l];
                if (t < h) {
                    if (lc1[h] == NONE || t < lc1[h]) {
                        lc2[h] = lc1[h];
                        lc1[h] = t;
                    } else if (lc2[h] == NONE || t < lc2[h]) {
                        lc2[h] = t;
                    }
                } else {
                    if (rc1[h] == NONE || t > rc1[h]) {
                        rc2[h] = rc1[h];
                        rc1[h] = t;
                    } else if (rc2[h] == NONE || t > rc2[h]) {
                        rc2[h] = t;
                    }
                }
            }
        }
    }

    /** Classifier.computeScores, every score the same double. */
    private void scores(int[] feature, double[][] rows, double[] hidden, double[] out, double[] slice) {
        final int nt = numTokens;
        for (int j = 0; j < nt; j++) {
            int tok = feature[j];
            int key = tok * nt + j;
            int slot = savedSlot[key];
            rows[j] = slot >= 0 ? saved[slot] : cachedRow(key, tok, j, slice);
        }
        final int hs = hiddenSize;
        java.util.Arrays.fill(hidden, 0.0);
        for (int j = 0; j < nt; j++) {
            addInPlace(hidden, rows[j], hs);
        }
        for (int i = 0; i < hs; i++) {
            double v = hidden[i] + b1[i];
            hidden[i] = v * v * v;
        }
        outputLayer(hidden, out);
    }

    private static void addInPlace(double[] to, double[] from, int n) {
        for (int i = 0; i < n; i++) to[i] += from[i];
    }

    /** out[k] = sum over i, in order, of hidden[i] * W2[k][i], from 0.0: ArrayMath.dotProduct for all k at once. */
    private void outputLayer(double[] hidden, double[] out) {
        final int s = stride;
        final int hs = hiddenSize;
        java.util.Arrays.fill(out, 0.0);
        int i = 0;
        for (; i + 3 < hs; i += 4) {
            double h0 = hidden[i], h1 = hidden[i + 1], h2 = hidden[i + 2], h3 = hidden[i + 3];
            double[] w0 = w2t[i], w1 = w2t[i + 1], w2 = w2t[i + 2], w3 = w2t[i + 3];
            for (int k = 0; k < s; k++) {
                double t = out[k];
                t += h0 * w0[k];
                t += h1 * w1[k];
                t += h2 * w2[k];
                t += h3 * w3[k];
                out[k] = t;
            }
        }
        for (; i < hs; i++) {
            double h0 = hidden[i];
            double[] w0 = w2t[i];
            for (int k = 0; k < s; k++) out[k] += h0 * w0[k];
        }
    }

    /**
     * Classifier.matrixMultiplySlice(W1, E[tok], position * embeddingSize), through the cache: float
     * products summed in double, rounded to float; kept widened to double, exactly those floats, since
     * adding a double[] to the hidden layer vectorises and adding a float[] does not (JDK 17).
     */
    private double[] cachedRow(int key, int tok, int position, double[] acc) {
        double[] row = cache.get(key);
        if (row != null) return row;
        misses.increment();
        java.util.Arrays.fill(acc, 0.0);
        float[] e = E[tok];
        int base = position * embeddingSize;
        final int hs = hiddenSize;
        for (int c = 0; c < embeddingSize; c++) {
            float v = e[c];
            float[] w = w1t[base + c];
            for (int i = 0; i < hs; i++) acc[i] += w[i] * v;
        }
        row = new double[hs];
        for (int i = 0; i < hs; i++) row[i] = (float) acc[i];
        cache.put(key, row);
        return row;
    }

    /** predict's conversion of the tree into a GrammaticalStructure. */
    GrammaticalStructure structure(List<CoreLabel> tokens, int[] heads, int[] labelOf) {
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        try {
            for (int i = 1; i <= tokens.size(); i++) {
                int head = heads[i];
                IndexedWord thisWord = new IndexedWord(tokens.get(i - 1));
                IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation relation = head == 0
                        ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) makeRelation.invoke(parser, labels[labelOf[i]]);
                dependencies.add(new TypedDependency(relation, headWord, thisWord));
            }
            return (GrammaticalStructure) makeStructure.invoke(parser, dependencies, new TreeGraphNode(root));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) throw (RuntimeException) c;
            if (c instanceof Error) throw (Error) c;
            throw new IllegalStateException(c);
        }
    }

    String label(int index) {
        return labels[index];
    }

    int numTransitions() {
        return numTrans;
    }

    boolean isRootLabelTransition(int trans) {
        return trans < 2 * numLabels && isRootLabel[trans < numLabels ? trans : trans - numLabels];
    }

    int cachedRows() {
        return cache.size();
    }

    int cacheCapacity() {
        return cache.capacity();
    }

    /** Rows computed so far (first uses and re-uses after eviction). */
    long rowsComputed() {
        return misses.sum();
    }

    /** Sees every step of {@link #parse}; for the identity check. */
    interface StepChecker {
        /** Before a transition is applied: its features and scores, both null where it was the only one possible. */
        void step(int[] feature, double[] scores, int transition);
    }

    /**
     * Bounded map from key to row, set-associative with {@value #WAYS} ways, a full set replacing a
     * random way (unlike LRU, no collapse when the same text comes round again and exceeds it). Lock-free: a slot holds an immutable entry, written and read whole; a race can lose or
     * duplicate an entry, which costs a recomputation, never a wrong row.
     */
    private static final class RowCache {
        private static final int WAYS = 8;

        private static final class Entry {
            final int key;
            final double[] row;

            Entry(int key, double[] row) {
                this.key = key;
                this.row = row;
            }
        }

        private final Entry[] slots;
        private final int sets;

        RowCache(int capacity) {
            sets = Math.max(1, capacity / WAYS);
            slots = new Entry[sets * WAYS];
        }

        private int base(int key) {
            int h = key * 0x9E3779B1;
            return (int) (((h ^ (h >>> 16)) & 0xffffffffL) % sets) * WAYS;
        }

        double[] get(int key) {
            int b = base(key);
            for (int w = 0; w < WAYS; w++) {
                Entry e = slots[b + w];
                if (e == null) return null;
                if (e.key == key) return e.row;
            }
            return null;
        }

        void put(int key, double[] row) {
            int b = base(key);
            int w = 0;
            while (w < WAYS && slots[b + w] != null) w++;
            if (w == WAYS) w = java.util.concurrent.ThreadLocalRandom.current().nextInt(WAYS);
            slots[b + w] = new Entry(key, row);
        }

        int size() {
            int c = 0;
            for (Entry e : slots) if (e != null) c++;
            return c;
        }

        int capacity() {
            return slots.length;
        }
    }
}
