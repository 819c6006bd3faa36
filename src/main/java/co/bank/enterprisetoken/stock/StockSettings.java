package co.bank.enterprisetoken.stock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Token stock per office: when it counts as low, and how large a lot may be. */
@Component
@ConfigurationProperties(prefix = "enterprise-token.stock")
public class StockSettings {

  /** An office holding this many tokens or fewer is low on stock: managers get one e-mail. */
  private int lowThreshold = 5;
  /** Most serials one lot may register (a range is expanded to this many rows). */
  private int maxLotSize = 1000;

  public int getLowThreshold() { return lowThreshold; }
  public void setLowThreshold(int v) { this.lowThreshold = v; }
  public int getMaxLotSize() { return maxLotSize; }
  public void setMaxLotSize(int v) { this.maxLotSize = v; }
}
