package co.bank.enterprisetoken.evidence;

import java.util.List;

/** The authenticated webapp user asking for a scan: their id and groups. */
public record Viewer(String userId, List<String> groups) {

  public Viewer {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
