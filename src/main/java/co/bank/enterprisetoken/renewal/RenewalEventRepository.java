package co.bank.enterprisetoken.renewal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RenewalEventRepository extends JpaRepository<RenewalEvent, Long> {
  List<RenewalEvent> findByCaseIdOrderByIdAsc(Long caseId);
}
