package co.bank.enterprisetoken.virtualtoken;

import co.bank.enterprisetoken.registry.IdType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SigningUserRepository extends JpaRepository<SigningUser, Long> {
  Optional<SigningUser> findByIdTypeAndUserName(IdType idType, String userName);
}
