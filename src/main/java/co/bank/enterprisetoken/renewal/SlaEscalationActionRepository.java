package co.bank.enterprisetoken.renewal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaEscalationActionRepository extends JpaRepository<SlaEscalationAction, Long> {
  List<SlaEscalationAction> findByCaseIdOrderByIdAsc(Long caseId);
}
