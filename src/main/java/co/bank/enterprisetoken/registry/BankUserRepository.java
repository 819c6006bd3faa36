package co.bank.enterprisetoken.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankUserRepository extends JpaRepository<BankUser, Long> {
  List<BankUser> findByCompanyOrderBySurnamesAscNamesAsc(Company company);

  Optional<BankUser> findByCompanyAndIdTypeAndIdNumber(Company company, IdType idType, String idNumber);
}
