package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.renewal.AuthorizedPerson;
import co.bank.enterprisetoken.renewal.RenewalCase;
import co.bank.enterprisetoken.renewal.RenewalEvent;
import co.bank.enterprisetoken.renewal.RenewalStatus;
import co.bank.enterprisetoken.registry.Device;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** A renewal case as the portal shows it: status ("estado proceso renovación") and history. */
@Schema(description = "Caso de renovación de token")
public record RenewalView(
    @Schema(example = "RT-00000001") String confirmationNumber,
    @Schema(example = "SOLICITADO") RenewalStatus status,
    @Schema(example = "900123456-8") String companyNit,
    @Schema(example = "Laura Gómez Díaz") String holderName,
    @Schema(example = "4000000003") String deviceSerial,
    @Schema(example = "4000000101") String newDeviceSerial,
    @Schema(example = "0001") String branchOffice,
    @Schema(example = "María Fernanda Rojas Pérez") String authorizedPersonName,
    OffsetDateTime deviceExpiresAt,
    OffsetDateTime requestedAt,
    OffsetDateTime deliveredAt,
    OffsetDateTime activatedAt,
    @Schema(example = "/api/v1/renewals/RT-00000001/request-form") String requestForm,
    List<HistoryEntry> history) {

  public record HistoryEntry(OffsetDateTime at, @Schema(example = "SOLICITUD_REGISTRADA") String action,
      RenewalStatus status, String actor, String detail) {}

  static RenewalView of(RenewalCase c, List<RenewalEvent> events) {
    return new RenewalView(c.getConfirmationNumber(), c.getStatus(), c.getCompany().getNit(),
        c.holder().fullName(), c.getDevice().getSerial(),
        c.newDevice().map(Device::getSerial).orElse(null),
        c.getBranchOffice().getCode(),
        c.authorizedPerson().map(AuthorizedPerson::fullName).orElse(null),
        Times.local(c.getDevice().getExpiresAt()), Times.local(c.getRequestedAt()),
        Times.local(c.getDeliveredAt()), Times.local(c.getActivatedAt()),
        "/api/v1/renewals/" + c.getConfirmationNumber() + "/request-form",
        events.stream().map(e -> new HistoryEntry(Times.local(e.getOccurredAt()), e.getAction(),
            e.getStatus(), e.getActor(), e.getDetail())).toList());
  }
}
