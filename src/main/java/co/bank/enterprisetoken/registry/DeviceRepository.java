package co.bank.enterprisetoken.registry;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DeviceRepository extends JpaRepository<Device, Long> {
  Optional<Device> findBySerial(String serial);

  boolean existsBySerial(String serial);

  List<Device> findByHolderInAndStateIn(Collection<BankUser> holders, Collection<DeviceState> states);

  Optional<Device> findFirstByHolderAndTypeAndState(BankUser holder, DeviceType type, DeviceState state);

  /** Working devices whose expiry falls within [from, to): candidates for the R-B1 alert. */
  @Query("select d from Device d join fetch d.holder h join fetch h.company"
      + " where d.state = co.bank.enterprisetoken.registry.DeviceState.ACTIVE"
      + " and d.expiresAt > :from and d.expiresAt <= :to order by d.expiresAt")
  List<Device> findActiveExpiringBetween(Instant from, Instant to);
}
