package co.bank.enterprisetoken.management;

import co.bank.enterprisetoken.stock.OfficeStock;
import java.util.List;

/** The figures of the "Tablero de gerencia", as its endpoint returns them. */
public record Dashboard(String generatedAt, long openCases, List<Count> byStatus,
    List<Count> byOffice, List<Window> windows, List<Count> ageing, List<Week> weeks,
    List<OfficeOverdue> overdueRanking, List<OfficeStock> stock, int lowStockThreshold) {

  /** A count with the key its list filters by ({@code status=…}, {@code office=…}, {@code age=…}). */
  public record Count(String key, String label, long count) {}

  /** A window's cases past it and near it; {@code length} as the managers read it. */
  public record Window(String key, String label, String length, long past, long near) {}

  /** Cases opened and closed in a week (Monday to Sunday, Bogotá time), oldest first. */
  public record Week(int index, String from, String to, long opened, long closed) {}

  public record OfficeOverdue(String office, String name, long overdue, long near) {}
}
