package co.bank.enterprisetoken.renewal;

import co.bank.enterprisetoken.registry.Company;
import co.bank.enterprisetoken.registry.Device;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RenewalCaseRepository extends JpaRepository<RenewalCase, Long> {
  Optional<RenewalCase> findByConfirmationNumber(String confirmationNumber);

  /** The open case that delivered this device and waits for its activation. */
  @Query("select c from RenewalCase c where c.newDevice.serial = :serial and c.status ="
      + " co.bank.enterprisetoken.renewal.RenewalStatus.ENTREGADO_EN_OFICINA")
  Optional<RenewalCase> findDeliveredWith(String serial);

  /** The case in progress that delivered this device, whatever it waits for now. */
  @Query("select c from RenewalCase c where c.newDevice.serial = :serial and c.status <>"
      + " co.bank.enterprisetoken.renewal.RenewalStatus.ACTIVADO")
  Optional<RenewalCase> findOpenWithNewDevice(String serial);

  @Query("select c from RenewalCase c where c.openDevice in :devices")
  List<RenewalCase> findOpenFor(Collection<Device> devices);

  /** Confirmation number and status of every open case (the consistency sweep). */
  @Query("select c.confirmationNumber, c.status from RenewalCase c where c.status <>"
      + " co.bank.enterprisetoken.renewal.RenewalStatus.ACTIVADO")
  List<Object[]> findOpenStatuses();

  @Query("select c.confirmationNumber, c.status from RenewalCase c"
      + " where c.confirmationNumber in :numbers")
  List<Object[]> findStatuses(Collection<String> numbers);

  /** The latest case of each device of a company, for the portal's list of users. */
  @Query("select c from RenewalCase c where c.company = :company and c.id in"
      + " (select max(c2.id) from RenewalCase c2 where c2.company = :company group by c2.device)")
  List<RenewalCase> findLatestPerDevice(Company company);
}
