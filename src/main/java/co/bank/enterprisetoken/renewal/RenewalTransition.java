package co.bank.enterprisetoken.renewal;

import static co.bank.enterprisetoken.renewal.RenewalStatus.ACTIVADO;
import static co.bank.enterprisetoken.renewal.RenewalStatus.EN_DESASIGNACION;
import static co.bank.enterprisetoken.renewal.RenewalStatus.ENTREGADO_EN_OFICINA;
import static co.bank.enterprisetoken.renewal.RenewalStatus.LISTO_PARA_ENTREGA;
import static co.bank.enterprisetoken.renewal.RenewalStatus.RECHAZADO;
import static co.bank.enterprisetoken.renewal.RenewalStatus.SOLICITADO;
import static co.bank.enterprisetoken.renewal.RenewalStatus.VENCIDO_SIN_ACTIVAR;
import static co.bank.enterprisetoken.renewal.RenewalStatus.VENCIDO_SIN_RECLAMAR;

import co.bank.enterprisetoken.errors.ConflictException;
import java.util.List;
import java.util.Optional;

/**
 * The one declaration of the steps a renewal case may take: from which statuses, to which status
 * (none: the step records a fact and keeps the status) and the event it leaves in the case's
 * history. {@link RenewalCase#move} is the only status write; docs/case-state.md shows this table
 * (checked by {@code RenewalTransitionDocTest}). A new case starts in {@code SOLICITADO} (portal
 * request) or {@code VENCIDO_SIN_RECLAMAR} (after expiry: branch ECON-084, portal unassignment).
 */
public enum RenewalTransition {
  VISA_APPROVED("FIRMA_VISADA", null, SOLICITADO, LISTO_PARA_ENTREGA),
  VISA_REJECTED("FIRMA_RECHAZADA", null, SOLICITADO, LISTO_PARA_ENTREGA),
  DELIVER("TOKEN_ENTREGADO", ENTREGADO_EN_OFICINA, SOLICITADO, LISTO_PARA_ENTREGA),
  ACTIVATE("TOKEN_ACTIVADO", ACTIVADO, ENTREGADO_EN_OFICINA),
  /** Back office returned a token handed out by mistake: the case waits for the delivery again. */
  UNDO_DELIVERY("ENTREGA_ANULADA", SOLICITADO, ENTREGADO_EN_OFICINA),
  /** The same after expiry, where the delivery started from {@code LISTO_PARA_ENTREGA}. */
  UNDO_DELIVERY_AFTER_EXPIRY("ENTREGA_ANULADA", LISTO_PARA_ENTREGA, ENTREGADO_EN_OFICINA),
  EXPIRE_UNCLAIMED("TOKEN_VENCIDO", VENCIDO_SIN_RECLAMAR, SOLICITADO),
  EXPIRE_UNACTIVATED("TOKEN_VENCIDO", VENCIDO_SIN_ACTIVAR, ENTREGADO_EN_OFICINA),
  /** Situation 1: the signed ECON-084 sends the case to back office for the unassignment. */
  RECEIVE_ECON084_TO_UNASSIGN("ECON084_RECIBIDO", EN_DESASIGNACION, VENCIDO_SIN_RECLAMAR,
      VENCIDO_SIN_ACTIVAR, RECHAZADO),
  /** Situation 2: the signed ECON-084 asks back office to activate the collected serial. */
  RECEIVE_ECON084_TO_ACTIVATE("ECON084_RECIBIDO", VENCIDO_SIN_ACTIVAR, VENCIDO_SIN_RECLAMAR,
      VENCIDO_SIN_ACTIVAR, RECHAZADO),
  APPROVE_ECON084("ECON084_APROBADO", null, EN_DESASIGNACION, VENCIDO_SIN_ACTIVAR),
  REJECT_ECON084("ECON084_RECHAZADO", RECHAZADO, EN_DESASIGNACION, VENCIDO_SIN_ACTIVAR),
  UNASSIGN_EXPIRED("TOKEN_DESASIGNADO", LISTO_PARA_ENTREGA, EN_DESASIGNACION),
  /** Situation 3: the admin unassigns an operator's token in the portal (a new case). */
  UNASSIGN_IN_PORTAL("DISPOSITIVO_DESASIGNADO", LISTO_PARA_ENTREGA, VENCIDO_SIN_RECLAMAR),
  ACTIVATE_NEW_SERIAL("TOKEN_ACTIVADO", ACTIVADO, VENCIDO_SIN_ACTIVAR);

  private final String event;
  private final RenewalStatus to;
  private final List<RenewalStatus> from;

  RenewalTransition(String event, RenewalStatus to, RenewalStatus... from) {
    this.event = event;
    this.to = to;
    this.from = List.of(from);
  }

  /** The action recorded in the case's history ({@code renewal_event.action}). */
  public String event() {
    return event;
  }

  /** The status after the step; empty when the step keeps the status. */
  public Optional<RenewalStatus> to() {
    return Optional.ofNullable(to);
  }

  public List<RenewalStatus> from() {
    return from;
  }

  public boolean allowedFrom(RenewalStatus status) {
    return from.contains(status);
  }

  /** Refuses (409) the step for a case in a status the step does not start from. */
  void requireFrom(RenewalCase renewal) {
    if (!allowedFrom(renewal.getStatus())) {
      throw new ConflictException("El caso " + renewal.getConfirmationNumber() + " está en estado "
          + renewal.getStatus() + " y este paso requiere "
          + String.join(" o ", from.stream().map(Enum::name).toList()) + ".",
          List.of(renewal.getConfirmationNumber()));
    }
  }
}
