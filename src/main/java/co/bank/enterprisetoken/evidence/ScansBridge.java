package co.bank.enterprisetoken.evidence;

import org.springframework.stereotype.Component;

/**
 * Camunda creates webapp plugins and their JAX-RS resources itself (ServiceLoader, Jersey), outside
 * Spring; this bean hands them the one {@link EvidenceScanService} of the application.
 */
@Component
class ScansBridge {

  private static volatile EvidenceScanService service;

  ScansBridge(EvidenceScanService scans) {
    service = scans;
  }

  static EvidenceScanService service() {
    EvidenceScanService current = service;
    if (current == null) {
      throw new IllegalStateException("The application is still starting");
    }
    return current;
  }
}
