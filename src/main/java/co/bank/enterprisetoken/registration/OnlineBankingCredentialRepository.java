package co.bank.enterprisetoken.registration;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OnlineBankingCredentialRepository
    extends JpaRepository<OnlineBankingCredential, Long> {}
