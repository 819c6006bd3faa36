package co.bank.enterprisetoken.management;

import co.bank.enterprisetoken.renewal.AfterExpirySettings;
import co.bank.enterprisetoken.renewal.RenewalSettings;
import co.bank.enterprisetoken.renewal.RenewalStatus;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * The windows the dashboard watches: which open cases each applies to (SQL on {@code renewal_case
 * c}), from which instant it runs and how long it lasts (from the process settings). A case is past
 * the window when {@code start + length < now}, near it when the end is within the near window.
 */
enum CaseWindow {
  /** R-S1a: back office checks (and unassigns) within its window of the ECON-084 intake. */
  BACK_OFFICE("Revisión de back office",
      "c.status in ('" + RenewalStatus.EN_DESASIGNACION + "', '"
          + RenewalStatus.VENCIDO_SIN_ACTIVAR + "') and c.back_office_due_at is not null",
      "c.back_office_due_at", (a, r) -> Duration.ZERO),
  /** R-S2: the client may log in this long after the ECON-084; the serial must be active by then. */
  LOGIN_WAIT("Espera de ingreso (situación 2)",
      "c.status = '" + RenewalStatus.VENCIDO_SIN_ACTIVAR + "' and c.situation = 2"
          + " and c.econ084_received_at is not null",
      "c.econ084_received_at", (a, r) -> a.getLoginWait()),
  /** After expiry, the case waits for the branch's visa of the new form. */
  VISA("Visado pendiente en oficina",
      "c.status = '" + RenewalStatus.LISTO_PARA_ENTREGA + "'",
      "coalesce(c.unassigned_at, c.econ084_received_at, c.requested_at)", null),
  /** Before expiry, the new token waits at the office; the first reminder marks it late. */
  PICKUP("Token por reclamar en oficina",
      "c.status = '" + RenewalStatus.SOLICITADO + "'",
      "c.requested_at", (a, r) -> reminderPeriod(r));

  final String label;
  final String scope;
  final String start;
  private final BiFunction<AfterExpirySettings, RenewalSettings, Duration> length;

  CaseWindow(String label, String scope, String start,
      BiFunction<AfterExpirySettings, RenewalSettings, Duration> length) {
    this.label = label;
    this.scope = scope;
    this.start = start;
    this.length = length;
  }

  Duration length(AfterExpirySettings afterExpiry, RenewalSettings renewal,
      ManagementSettings management) {
    return length == null ? management.getVisaWait() : length.apply(afterExpiry, renewal);
  }

  /** The window's length as managers know it (back office: its SLA, already in the due date). */
  Duration shownLength(AfterExpirySettings afterExpiry, RenewalSettings renewal,
      ManagementSettings management) {
    return this == BACK_OFFICE ? afterExpiry.getBackOfficeSla()
        : length(afterExpiry, renewal, management);
  }

  /** Parameter names of this window's cut-offs. */
  String pastParam() {
    return name().toLowerCase() + "_past";
  }

  String nearParam() {
    return name().toLowerCase() + "_near";
  }

  /** SQL: the case is past the window. */
  String past() {
    return "(" + scope + " and " + start + " < :" + pastParam() + ")";
  }

  /** SQL: the window ends within the near window. */
  String near() {
    return "(" + scope + " and " + start + " >= :" + pastParam() + " and " + start + " < :"
        + nearParam() + ")";
  }

  /** {@code R3/P7D} → 7 days: the time between pickup reminders. */
  static Duration reminderPeriod(RenewalSettings renewal) {
    String cycle = renewal.getPickupReminderCycle();
    return Duration.parse(cycle.substring(cycle.indexOf('/') + 1));
  }
}
