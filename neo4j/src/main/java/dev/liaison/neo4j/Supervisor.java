package dev.liaison.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The last line of defence: runs Neo4j as a child JVM and starts it again within a second when it
 * dies (out of memory with {@code -XX:+ExitOnOutOfMemoryError}, killed, crashed), logging each
 * restart to stdout (logs/launcher.log). SIGTERM to the supervisor stops Neo4j cleanly and ends it.
 *
 * <p>Usage: {@code Launcher --jvm-options FILE --home DIR --conf-dir DIR [--bolt-port N]
 * [--http-port N]}; the child gets the JVM options of FILE (one per line, # comments), this JVM's
 * classpath, and the other arguments. More than {@value #MAX_QUICK_RESTARTS} restarts within a
 * minute slow down to one every {@value #SLOW_RESTART_S} s, so a Neo4j that cannot start does not spin.
 */
final class Supervisor {
    private static final int MAX_QUICK_RESTARTS = 5;
    private static final int SLOW_RESTART_S = 15;
    private static final long QUICK_RESTART_MS = 500;

    private static volatile boolean stopping;
    private static volatile Process child;

    private Supervisor() {}

    static int run(String[] args, Map<String, String> opts) throws Exception {
        List<String> command = childCommand(args, opts);
        Path home = Path.of(opts.get("--home")).toAbsolutePath().normalize();
        Runtime.getRuntime().addShutdownHook(new Thread(Supervisor::stopChild, "liaison-supervisor-shutdown"));
        Deque<Long> recent = new ArrayDeque<>();
        int restarts = 0;
        while (!stopping) {
            long started = System.currentTimeMillis();
            synchronized (Supervisor.class) {
                if (stopping) break;
                child = new ProcessBuilder(command).inheritIO().start();
            }
            log("Neo4j started as pid " + child.pid() + (restarts > 0 ? " (restart " + restarts + ")" : ""));
            int code = child.waitFor();
            if (stopping) return 0;
            Files.deleteIfExists(home.resolve("neo4j.ready"));
            restarts++;
            recent.addLast(started);
            while (!recent.isEmpty() && recent.peekFirst() < System.currentTimeMillis() - 60_000) recent.removeFirst();
            long delay = recent.size() > MAX_QUICK_RESTARTS ? TimeUnit.SECONDS.toMillis(SLOW_RESTART_S) : QUICK_RESTART_MS;
            log("Neo4j (pid " + child.pid() + ") died with exit code " + code + " after "
                    + (System.currentTimeMillis() - started) / 1000 + " s; starting it again in " + delay + " ms");
            Thread.sleep(delay);
        }
        return 0;
    }

    private static List<String> childCommand(String[] args, Map<String, String> opts) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String line : Files.readAllLines(Path.of(opts.get("--jvm-options")))) {
            String option = line.trim();
            if (!option.isEmpty() && !option.startsWith("#")) command.add(option);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Launcher.class.getName());
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--jvm-options")) continue;
            command.add(args[i]);
            command.add(args[i + 1]);
        }
        command.add("--supervisor-pid");
        command.add(String.valueOf(ProcessHandle.current().pid()));
        return command;
    }

    private static void stopChild() {
        Process running;
        synchronized (Supervisor.class) {
            stopping = true;
            running = child;
        }
        if (running == null || !running.isAlive()) return;
        running.destroy(); // SIGTERM: the child shuts Neo4j down cleanly
        try {
            if (!running.waitFor(25, TimeUnit.SECONDS)) running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            running.destroyForcibly();
        }
    }

    /** In the child: halts this JVM as soon as the supervisor is gone (killed with SIGKILL, say). */
    static void exitWithParent(long supervisorPid) {
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.of(supervisorPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.out.println(Instant.now() + " Liaison supervisor (pid " + supervisorPid + ") is gone; Neo4j exits");
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }, "liaison-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " Liaison supervisor: " + message);
        System.out.flush();
    }
}
