package co.bank.enterprisetoken.registration;

import co.bank.enterprisetoken.registry.BankUser;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, String> {
  List<Registration> findByUserAndStepIn(BankUser user, Collection<RegistrationStep> steps);
}
