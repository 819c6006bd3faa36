package co.bank.enterprisetoken.stock;

/** What happened to a serial after its lot arrived. */
enum StockMovement {
  /** Taken out by the delivery of a renewal case. */
  DELIVERY,
  /** Back in the office's stock after a hand-over by mistake, with back office's reason. */
  RETURN
}
