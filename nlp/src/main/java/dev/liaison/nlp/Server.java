package dev.liaison.nlp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Liaison's NLP service: one Stanford CoreNLP pipeline served over HTTP on 127.0.0.1.
 *
 * <p>Usage: {@code Server [--port 9010] [--threads N] [--timeout-ms 30000] [--max-chars 200000]
 * [--ready-file PATH]}. It speaks the part of CoreNLP's own server protocol that Liaison uses, so
 * the client can point at a stock {@code StanfordCoreNLPServer} as well:
 *
 * <ul>
 *   <li>{@code POST /} (any query string, {@code properties} ignored): the body is UTF-8 text; the
 *       answer is CoreNLP's JSON, reduced to sentences, tokens (word, offsets, pos, lemma, ner) and
 *       the enhanced++ dependencies. 400 for bytes that are not UTF-8, 413 beyond --max-chars, 503
 *       when every worker is busy and the queue is full, 504 past --timeout-ms.
 *   <li>{@code GET /ready}, {@code GET /live}: 200 once the models are loaded.
 *   <li>{@code GET /stats}: annotators, threads, documents and characters served, process CPU time.
 * </ul>
 *
 * <p>The stock server binds every interface; this one binds only the loopback address, and cuts
 * over-long sentences into pieces (see {@link Annotator}) so that any input costs time linear in
 * its size.
 */
public final class Server {
    private static final String READY_LINE = "LIAISON_NLP_READY";

    private final Annotator annotator;
    private final ExecutorService workers;
    private final Semaphore admitted;
    private final long timeoutMs;
    private final int maxChars;
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong characters = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final long startedAt = System.currentTimeMillis();
    private final int threads;

    private Server(Annotator annotator, int threads, long timeoutMs, int maxChars) {
        this.annotator = annotator;
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nlp-worker");
            t.setDaemon(true);
            return t;
        });
        // Running plus waiting: beyond this a request is refused at once rather than queued.
        this.admitted = new Semaphore(threads * 8);
        this.timeoutMs = timeoutMs;
        this.maxChars = maxChars;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        int port = Integer.parseInt(opts.getOrDefault("--port", "9010"));
        int threads = Integer.parseInt(opts.getOrDefault("--threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        long timeoutMs = Long.parseLong(opts.getOrDefault("--timeout-ms", "30000"));
        int maxChars = Integer.parseInt(opts.getOrDefault("--max-chars", "200000"));
        String readyFile = opts.get("--ready-file");

        long t0 = System.nanoTime();
        Annotator annotator = new Annotator(pipelineProperties());
        Server server = new Server(annotator, threads, timeoutMs, maxChars);
        // Warm the code paths once so the first real document is not the slow one.
        annotator.annotateToJson("Liaison started. Ana Silva met John Smith in Paris on Monday.");

        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        http.setExecutor(Executors.newFixedThreadPool(threads * 2 + 2, r -> {
            Thread t = new Thread(r, "nlp-http");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", server::handle);
        http.start();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String ready = String.format("{\"pid\":%d,\"port\":%d,\"threads\":%d,\"startMs\":%d}",
                ProcessHandle.current().pid(), port, threads, ms);
        if (readyFile != null) Files.writeString(Path.of(readyFile), ready);
        System.out.println(READY_LINE + " " + ready);
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.stop(0);
            if (readyFile != null) {
                try {
                    Files.deleteIfExists(Path.of(readyFile));
                } catch (IOException ignored) {
                    // the start script treats a stale ready file by its pid
                }
            }
        }));
    }

    /** The annotators Liaison measured as worth their time (docs/extraction.md). */
    static Properties pipelineProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", System.getProperty("liaison.annotators", "tokenize,ssplit,pos,lemma,ner,depparse"));
        p.setProperty("tokenize.language", "en");
        // Characters the tokenizer cannot place are kept as tokens, without a warning for each.
        p.setProperty("tokenize.options", "untokenizable=noneKeep");
        // A blank line always ends a sentence; a single newline (wrapped wire copy) does not.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", System.getProperty("liaison.ner.model",
                "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz"));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return p;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (method.equals("GET") && (path.equals("/ready") || path.equals("/live"))) {
                send(ex, 200, "text/plain", "ready\n");
            } else if (method.equals("GET") && path.equals("/stats")) {
                send(ex, 200, "application/json", stats());
            } else if (method.equals("POST") && path.equals("/")) {
                annotate(ex);
            } else {
                send(ex, 404, "application/json", error("not found: " + method + " " + path));
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }

    private void annotate(HttpExchange ex) throws IOException {
        String text;
        try {
            text = readUtf8(ex.getRequestBody(), maxChars * 4L + 4);
        } catch (TooLarge e) {
            send(ex, 413, "application/json", error("text longer than " + maxChars + " characters"));
            return;
        } catch (CharacterCodingException e) {
            send(ex, 400, "application/json", error("the body is not UTF-8 text"));
            return;
        }
        if (text.length() > maxChars) {
            send(ex, 413, "application/json", error("text longer than " + maxChars + " characters"));
            return;
        }
        if (!admitted.tryAcquire()) {
            ex.getResponseHeaders().set("Retry-After", "1");
            send(ex, 503, "application/json", error("busy: every worker is taken"));
            return;
        }
        Future<String> job;
        try {
            job = workers.submit(() -> annotator.annotateToJson(text));
        } catch (RuntimeException e) {
            admitted.release();
            throw e;
        }
        try {
            String json = job.get(timeoutMs, TimeUnit.MILLISECONDS);
            documents.incrementAndGet();
            characters.addAndGet(text.length());
            send(ex, 200, "application/json", json);
        } catch (TimeoutException e) {
            // CoreNLP's annotators check the interrupt flag between sentences.
            job.cancel(true);
            timeouts.incrementAndGet();
            send(ex, 504, "application/json", error("annotation took longer than " + timeoutMs + " ms"));
        } catch (ExecutionException e) {
            System.err.println("Liaison NLP: annotation failed: " + e.getCause());
            send(ex, 500, "application/json", error("annotation failed"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            admitted.release();
        }
    }

    private String stats() {
        long cpuNs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return String.format("{\"annotators\":\"%s\",\"threads\":%d,\"documents\":%d,\"characters\":%d,"
                        + "\"timeouts\":%d,\"cpuMs\":%d,\"uptimeMs\":%d}",
                pipelineProperties().getProperty("annotators"), threads, documents.get(), characters.get(),
                timeouts.get(), cpuNs / 1_000_000, System.currentTimeMillis() - startedAt);
    }

    private static final class TooLarge extends IOException {}

    private static String readUtf8(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        int n;
        long total = 0;
        while ((n = in.read(chunk)) > 0) {
            total += n;
            if (total > maxBytes) throw new TooLarge();
            buf.write(chunk, 0, n);
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(buf.toByteArray()))
                .toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String error(String message) {
        return "{\"error\":" + Json.string(message) + "}";
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }
}
