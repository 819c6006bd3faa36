package co.bank.enterprisetoken.registry;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BranchOfficeRepository extends JpaRepository<BranchOffice, String> {}
