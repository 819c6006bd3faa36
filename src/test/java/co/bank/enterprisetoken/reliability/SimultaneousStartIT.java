package co.bank.enterprisetoken.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three nodes started at the same moment on an empty PostgreSQL database all come up: one creates
 * the schemas (Camunda, Flyway) and the demo data while the others wait at the start-up lock.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class SimultaneousStartIT {

  @Test
  void threeNodesStartedTogetherOnAnEmptyDatabaseAllComeUp() throws Exception {
    try (Mailbox mailbox = new Mailbox(); TestDatabase db = TestDatabase.create()) {
      List<AppNode> nodes = new ArrayList<>();
      try {
        for (String name : List.of("start-a", "start-b", "start-c")) {
          nodes.add(new AppNode(name, db, mailbox.port()));
        }
        Instant began = Instant.now();
        for (AppNode node : nodes) {
          node.start();
        }
        for (AppNode node : nodes) {
          node.awaitHealthy(Duration.ofMinutes(6));
        }
        System.out.printf("3 nodes healthy %d s after a simultaneous start%n",
            Duration.between(began, Instant.now()).toSeconds());
        assertThat(nodes).allMatch(AppNode::isAlive);
        assertThat(db.count("select count(*) from act_ge_property where name_ = 'schema.version'"))
            .isEqualTo(1);
        assertThat(db.count("select count(*) from flyway_schema_history where success"))
            .as("every migration applied once").isEqualTo(db.count("select count(distinct version) from flyway_schema_history where version is not null"));
        assertThat(db.count("select count(*) from act_re_procdef where key_ ="
            + " 'token-renewal-before-expiry'")).as("models deployed once").isEqualTo(1);
        assertThat(db.count("select count(*) from act_id_group where id_ = 'backoffice'"))
            .isEqualTo(1);
      } finally {
        for (AppNode node : nodes) {
          node.close();
        }
      }
    }
  }
}
