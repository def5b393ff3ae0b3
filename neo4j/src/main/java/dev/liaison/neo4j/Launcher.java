package dev.liaison.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;
import picocli.CommandLine;

/**
 * Runs Liaison's local Neo4j Community in this JVM until SIGTERM.
 *
 * <p>Usage: {@code Launcher --home DIR --conf-dir DIR [--bolt-port N] [--http-port N]}. The home
 * folder holds {@code data/} and {@code logs/}; the conf folder holds {@code neo4j.conf}. The
 * initial password of user {@code neo4j} comes from env {@code NEO4J_PASSWORD} and is set only
 * for a fresh home, the way {@code neo4j-admin dbms set-initial-password} does it.
 *
 * <p>When the default database is available the launcher writes {@code <home>/neo4j.ready}
 * (JSON: pid, neo4jPid and ports) and prints a line starting with {@value #READY_LINE}; the file is
 * removed on shutdown. It also starts the {@link Watchdog}, which stops queries Neo4j cannot stop.
 *
 * <p>With {@code --jvm-options FILE} the launcher is the {@link Supervisor} instead: it runs Neo4j
 * as a child JVM with those options and starts it again whenever it dies.
 */
public final class Launcher {
    static final String READY_LINE = "LIAISON_NEO4J_READY";
    private static final String DEFAULT_DATABASE = "neo4j";
    private static final long AVAILABLE_TIMEOUT_MS = 120_000;

    private Launcher() {}

    public static void main(String[] args) {
        try {
            Map<String, String> opts = parseArgs(args);
            if (opts.containsKey("--jvm-options")) {
                System.exit(Supervisor.run(args, opts));
            }
            run(opts);
        } catch (Throwable e) {
            // Exit even if Neo4j left non-daemon threads behind, so the start script sees the failure.
            e.printStackTrace();
            System.err.println("Liaison Neo4j: failed to start: " + e);
            System.exit(1);
        }
    }

    private static void run(Map<String, String> opts) throws Exception {
        Path home = Path.of(require(opts, "--home")).toAbsolutePath().normalize();
        Path confDir = Path.of(require(opts, "--conf-dir")).toAbsolutePath().normalize();
        int boltPort = Integer.parseInt(opts.getOrDefault("--bolt-port", "7687"));
        int httpPort = Integer.parseInt(opts.getOrDefault("--http-port", "7474"));
        Path readyFile = home.resolve("neo4j.ready");
        // Under the supervisor, the ready file names the supervisor (the pid the scripts know) and
        // this JVM exits at once when the supervisor is gone, as if killed with it.
        long supervisorPid = Long.parseLong(opts.getOrDefault("--supervisor-pid", "-1"));
        if (supervisorPid > 0) Supervisor.exitWithParent(supervisorPid);

        Files.createDirectories(home);
        // A ready file left by a crash is harmless (it names another pid) and is replaced below;
        // never delete it here: it may belong to another launcher that holds this home.
        AtomicBoolean wroteReadyFile = new AtomicBoolean(false);

        if (isFreshHome(home)) {
            String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "liaison-local");
            setInitialPassword(home, confDir, password);
        }

        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(confDir.resolve("neo4j.conf"))
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
                .setConfig(HttpConnector.advertised_address, new SocketAddress("127.0.0.1", httpPort))
                .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Liaison Neo4j: shutting down");
            try {
                if (wroteReadyFile.get()) {
                    Files.deleteIfExists(readyFile);
                }
            } catch (IOException ignored) {
                // The next start removes a stale ready file anyway.
            }
            service.shutdown();
            System.out.println("Liaison Neo4j: stopped");
            System.out.flush();
            stopped.countDown();
        }, "liaison-neo4j-shutdown"));

        GraphDatabaseService db = service.database(DEFAULT_DATABASE);
        if (!db.isAvailable(AVAILABLE_TIMEOUT_MS)) {
            System.err.println("Liaison Neo4j: database '" + DEFAULT_DATABASE + "' not available after "
                    + AVAILABLE_TIMEOUT_MS / 1000 + " s");
            System.exit(1);
        }

        new Watchdog((GraphDatabaseAPI) db, Long.getLong("liaison.watchdog.graceMs", 1000),
                Integer.getInteger("liaison.watchdog.heapPercent", 80)).start();

        long neo4jPid = ProcessHandle.current().pid();
        long pid = supervisorPid > 0 ? supervisorPid : neo4jPid;
        String ready = String.format("{\"pid\":%d,\"neo4jPid\":%d,\"boltPort\":%d,\"httpPort\":%d}%n",
                pid, neo4jPid, boltPort, httpPort);
        Path tmp = home.resolve("neo4j.ready." + pid + ".tmp");
        Files.writeString(tmp, ready, StandardCharsets.UTF_8);
        Files.move(tmp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        wroteReadyFile.set(true);
        System.out.printf("%s pid=%d bolt=bolt://127.0.0.1:%d browser=http://127.0.0.1:%d/browser/ (%d ms)%n",
                READY_LINE, neo4jPid, boltPort, httpPort,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        System.out.flush();

        stopped.await();
    }

    /** A home is fresh when Neo4j has never created its system database there. */
    private static boolean isFreshHome(Path home) {
        return !Files.exists(home.resolve("data/databases/system"));
    }

    /** Writes data/dbms/auth.ini, which Neo4j reads when it creates the system database. */
    private static void setInitialPassword(Path home, Path confDir, String password) {
        ExecutionContext ctx = new ExecutionContext(home, confDir);
        int exit = new CommandLine(new SetInitialPasswordCommand(ctx)).execute(password);
        if (exit != 0) {
            System.err.println("Liaison Neo4j: could not set the initial password (exit " + exit + ")");
            System.exit(2);
        }
    }

    static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            opts.put(args[i], args[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
