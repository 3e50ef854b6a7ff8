package zangraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A Neo4j Community DBMS with its Bolt connector on 127.0.0.1 only and authentication on.
 * Usage: java -cp ... zangraph.Neo4jServer <home dir> <bolt port>; the password of user neo4j is
 * taken from NEO4J_PASSWORD (required). Runs until killed; a shutdown hook closes the store cleanly.
 */
public final class Neo4jServer {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Neo4jServer <home dir> <bolt port>");
      System.exit(2);
    }
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must be set (8 characters at least)");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .build();
    // Embedded transactions are not subject to auth: set the password of the default user, so that
    // Bolt clients must present it (no "change password" step left).
    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }));
    System.out.println("zangraph neo4j: bolt://127.0.0.1:" + port + " ready (home " + home + ")");
    System.out.flush();
    stopped.await();
  }
}
