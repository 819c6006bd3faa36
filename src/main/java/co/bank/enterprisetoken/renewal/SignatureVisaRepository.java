package co.bank.enterprisetoken.renewal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatureVisaRepository extends JpaRepository<SignatureVisa, Long> {
  Optional<SignatureVisa> findFirstByCaseIdOrderByIdDesc(Long caseId);

  List<SignatureVisa> findByCaseIdOrderByIdAsc(Long caseId);
}
