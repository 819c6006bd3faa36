package co.bank.enterprisetoken.portal;

import co.bank.enterprisetoken.registry.DeviceState;
import co.bank.enterprisetoken.registry.DeviceType;
import co.bank.enterprisetoken.registry.IdType;
import co.bank.enterprisetoken.registry.Profile;
import co.bank.enterprisetoken.renewal.RenewalStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** Seed ch.1 §1: the company's users with each device's expiry date and renewal status. */
public record CompanyUsersView(
    @Schema(example = "900123456-8") String companyNit,
    @Schema(example = "Ferretería Núñez S.A.S.") String companyName,
    List<User> users) {

  public record User(IdType idType, @Schema(example = "79123456") String idNumber,
      @Schema(example = "Laura") String names, @Schema(example = "Gómez Díaz") String surnames,
      Profile profile, List<UserDevice> devices) {}

  public record UserDevice(@Schema(example = "4000000003") String serial, DeviceType type,
      DeviceState state, OffsetDateTime expiresAt, boolean expired,
      @Schema(description = "Último caso de renovación del token, si hay") Renewal renewal,
      @Schema(description = "Qué debe hacer la empresa con un token vencido sin caso abierto"
          + " (la misma respuesta que da la oficina al recibir el ECON-084)") String nextStep) {}

  public record Renewal(@Schema(example = "RT-00000001") String confirmationNumber,
      RenewalStatus status) {}
}
