package co.bank.enterprisetoken.renewal;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Case ids from the database sequence {@code renewal_case_seq}, taken before the insert so that the
 * confirmation number ({@code RT-00000042}) is part of the row from the start.
 */
@Component
class CaseNumbers {

  private static final String SEQUENCE = "renewal_case_seq";
  private final DataFieldMaxValueIncrementer sequence;

  CaseNumbers(DataSource dataSource) throws SQLException {
    String database;
    try (var connection = dataSource.getConnection()) {
      database = connection.getMetaData().getDatabaseProductName();
    }
    sequence = database.toLowerCase().contains("postgres")
        ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
        : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
  }

  long nextId() {
    return sequence.nextLongValue();
  }

  static String confirmationNumber(long id) {
    return String.format("RT-%08d", id);
  }
}
