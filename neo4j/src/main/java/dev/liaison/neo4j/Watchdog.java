package dev.liaison.neo4j;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.management.NotificationEmitter;

import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.TerminationMark;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Ends the queries Neo4j itself cannot end. Neo4j checks for termination between rows, but not
 * inside one expression: a long {@code reduce}, a list comprehension over a huge {@code range} or a
 * catastrophic regular expression keeps its thread busy after its transaction timed out or was
 * terminated, and values built inside an expression are not counted by the transaction memory
 * limits, so they can fill the heap. Two guards, both logged to stdout (logs/launcher.log):
 *
 * <ul>
 *   <li>a transaction marked for termination that is still running a query {@code graceMs} later
 *       has the thread that runs it stopped ({@link Thread#stop()}, which Java 17 still honours);
 *   <li>when the old generation is still over {@code heapPercent}% full after a collection, every
 *       transaction of the Cypher console (metadata {@code app = liaison-console}), or, when there
 *       is none, every transaction that has run for over a second, is terminated and stopped at once;
 *       when it goes over that mark at all (garbage included), console transactions older than a
 *       second are, before the collector starts to thrash.
 * </ul>
 *
 * <p>Only threads busy in query evaluation are stopped (their stack must show the Cypher runtime and
 * no page cache or lock code), so a stop never lands in the middle of storage or locking work.
 */
final class Watchdog {
    private static final String CONSOLE_APP = "liaison-console";
    private static final long POLL_MS = 100;

    private final GraphDatabaseAPI db;
    private final long graceNanos;
    private final int heapPercent;
    private final Set<Long> stopped = ConcurrentHashMap.newKeySet();
    private final Set<Long> skipped = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "liaison-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final Field THREAD_ID = threadIdField();

    Watchdog(GraphDatabaseAPI db, long graceMs, int heapPercent) {
        this.db = db;
        this.graceNanos = TimeUnit.MILLISECONDS.toNanos(graceMs);
        this.heapPercent = heapPercent;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::stopOverdue, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        watchHeap();
        log("watching queries: a terminated query still running after " + TimeUnit.NANOSECONDS.toMillis(graceNanos)
                + " ms is stopped; console queries are stopped when the old generation passes " + heapPercent + "%");
    }

    private Set<KernelTransactionHandle> active() {
        return db.getDependencyResolver().resolveDependency(KernelTransactions.class).activeTransactions();
    }

    private void stopOverdue() {
        try {
            long now = System.nanoTime();
            for (KernelTransactionHandle handle : active()) {
                Optional<TerminationMark> mark = handle.terminationMark();
                if (mark.isEmpty() || now - mark.get().getTimestampNanos() < graceNanos) continue;
                stopQueryThread(handle, "still running " + TimeUnit.NANOSECONDS.toMillis(now - mark.get().getTimestampNanos())
                        + " ms after it was terminated (" + mark.get().getReason().code().serialize() + ")");
            }
        } catch (Throwable e) {
            log("watchdog poll failed: " + e);
        }
    }

    private void watchHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            long max = pool.getUsage().getMax();
            if (pool.getType() != MemoryType.HEAP || !pool.isCollectionUsageThresholdSupported() || max <= 0) continue;
            if (!pool.getName().contains("Old Gen") && !pool.getName().contains("Tenured")) continue;
            pool.setCollectionUsageThreshold(max * heapPercent / 100);
            if (pool.isUsageThresholdSupported()) pool.setUsageThreshold(max * heapPercent / 100);
        }
        NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        emitter.addNotificationListener((notification, handback) -> {
            String type = notification.getType();
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(type)) {
                timer.execute(() -> relieveHeap(false));
            } else if (MemoryNotificationInfo.MEMORY_THRESHOLD_EXCEEDED.equals(type)) {
                // Usage before a collection may be garbage: only console queries older than a second go.
                timer.execute(() -> relieveHeap(true));
            }
        }, null, null);
    }

    private void relieveHeap(boolean consoleOnly) {
        try {
            Set<KernelTransactionHandle> handles = active();
            boolean anyConsole = handles.stream().anyMatch(Watchdog::isConsole);
            long now = System.nanoTime();
            for (KernelTransactionHandle handle : handles) {
                boolean old = now - handle.startTimeNanos() > TimeUnit.SECONDS.toNanos(1);
                boolean pick = consoleOnly ? isConsole(handle) && old : anyConsole ? isConsole(handle) : old;
                if (!pick) continue;
                handle.markForTermination(Status.General.TransactionOutOfMemoryError);
                stopQueryThread(handle, "the old generation went over " + heapPercent + "%"
                        + (consoleOnly ? "" : " and stayed there after a collection"));
            }
        } catch (Throwable e) {
            log("watchdog heap relief failed: " + e);
        }
    }

    private static boolean isConsole(KernelTransactionHandle handle) {
        return CONSOLE_APP.equals(handle.getMetaData().get("app"));
    }

    @SuppressWarnings({"deprecation", "removal"})
    private void stopQueryThread(KernelTransactionHandle handle, String why) {
        Optional<ExecutingQuery> query = handle.executingQuery();
        if (query.isEmpty()) return;
        long queryId = query.get().internalQueryId();
        Thread thread = threadRunning(query.get());
        if (thread == null || !thread.isAlive()) return;
        if (!inQueryEvaluation(thread)) {
            if (skipped.add(queryId)) {
                StackTraceElement[] stack = thread.getStackTrace();
                log("not stopping query " + queryId + " (" + why + "): its thread is in "
                        + (stack.length > 0 ? stack[0] : "no code") + ", outside query evaluation");
                timer.schedule(() -> skipped.remove(queryId), 60, TimeUnit.SECONDS);
            }
            return;
        }
        if (!stopped.add(queryId)) return;
        log("stopping query " + queryId + " on thread '" + thread.getName() + "': " + why);
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            log("cannot stop thread '" + thread.getName() + "' on this Java (" + Runtime.version() + "); run Java 17");
        }
        timer.schedule(() -> stopped.remove(queryId), 60, TimeUnit.SECONDS);
    }

    private static Thread threadRunning(ExecutingQuery query) {
        long id;
        try {
            id = THREAD_ID != null ? THREAD_ID.getLong(query) : -1;
        } catch (IllegalAccessException e) {
            id = -1;
        }
        String name = query.threadExecutingTheQueryName();
        Map<String, Thread> byName = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (id >= 0 && t.getId() == id) return t;
            byName.put(t.getName(), t);
        }
        return id < 0 ? byName.get(name) : null;
    }

    /** True when the thread is evaluating Cypher and not inside storage, index or lock code. */
    private static boolean inQueryEvaluation(Thread thread) {
        boolean cypher = false;
        for (StackTraceElement frame : thread.getStackTrace()) {
            String c = frame.getClassName();
            if (c.startsWith("org.neo4j.io.pagecache") || c.startsWith("org.neo4j.lock")
                    || c.startsWith("org.neo4j.kernel.impl.locking") || c.startsWith("org.neo4j.kernel.impl.index")
                    || c.startsWith("org.apache.lucene")) {
                return false;
            }
            if (c.startsWith("org.neo4j.cypher") || c.startsWith("org.neo4j.values")) cypher = true;
        }
        return cypher;
    }

    private static Field threadIdField() {
        try {
            Field f = ExecutingQuery.class.getDeclaredField("threadExecutingTheQueryId");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static void log(String message) {
        System.out.println(Instant.now() + " Liaison watchdog: " + message);
        System.out.flush();
    }
}
