package co.bank.enterprisetoken.notification;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SentMailRepository extends JpaRepository<SentMail, Long> {
  boolean existsByIdempotencyKey(String idempotencyKey);
}
