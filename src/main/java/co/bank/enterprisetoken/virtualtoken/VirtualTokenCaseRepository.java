package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.BankUser;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VirtualTokenCaseRepository extends JpaRepository<VirtualTokenCase, String> {

  @Query("select c from VirtualTokenCase c where c.holder = :holder and c.closedAt is null")
  Optional<VirtualTokenCase> findOpenByHolder(BankUser holder);
}
