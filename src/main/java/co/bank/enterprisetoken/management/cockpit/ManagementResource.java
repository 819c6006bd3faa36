package co.bank.enterprisetoken.management.cockpit;

import co.bank.enterprisetoken.errors.ConflictException;
import co.bank.enterprisetoken.errors.FieldError;
import co.bank.enterprisetoken.errors.InvalidInputException;
import co.bank.enterprisetoken.errors.NotFoundException;
import co.bank.enterprisetoken.management.CaseFilter;
import co.bank.enterprisetoken.management.DashboardFigures;
import co.bank.enterprisetoken.management.ExpiringTokensReport;
import co.bank.enterprisetoken.management.ManagementDashboard;
import co.bank.enterprisetoken.renewal.RenewalService;
import co.bank.enterprisetoken.stock.LotInput;
import co.bank.enterprisetoken.stock.StockSettings;
import co.bank.enterprisetoken.stock.TokenStock;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;

/**
 * The plugin's read-only management data and the stock operations, per role (Camunda groups of the
 * webapp session): the dashboard for {@code managers} and operators ({@code camunda-admin}); the
 * stock for them and {@code backoffice}; lots and returns for back office and operators. Any other
 * user gets 403; a refused input gets 400 with the Spanish message per field.
 */
public class ManagementResource extends AbstractCockpitPluginResource {

  static final String MANAGERS = "managers";
  static final String OPERATORS = "camunda-admin";
  static final String BACKOFFICE = "backoffice";
  private static final Set<String> DASHBOARD = Set.of(MANAGERS, OPERATORS);
  private static final Set<String> STOCK_READ = Set.of(MANAGERS, OPERATORS, BACKOFFICE);
  private static final Set<String> STOCK_WRITE = Set.of(OPERATORS, BACKOFFICE);

  public ManagementResource(String engineName) {
    super(engineName);
  }

  public record ReturnInput(String serial, String reason) {}

  /** What the signed-in user may see here, so the plugin shows only those sections. */
  @GET
  @Path("access")
  @Produces(MediaType.APPLICATION_JSON)
  public Response access() {
    var authentication = getCurrentAuthentication();
    List<String> groups = authentication == null || authentication.getGroupIds() == null
        ? List.of() : authentication.getGroupIds();
    return ok(Map.of("dashboard", groups.stream().anyMatch(DASHBOARD::contains),
        "stock", groups.stream().anyMatch(STOCK_READ::contains),
        "stockWrite", groups.stream().anyMatch(STOCK_WRITE::contains)));
  }

  @GET
  @Path("dashboard")
  @Produces(MediaType.APPLICATION_JSON)
  public Response dashboard() {
    return as(DASHBOARD, () -> ok(ManagementBeans.get(DashboardFigures.class).dashboard()));
  }

  @GET
  @Path("cases")
  @Produces(MediaType.APPLICATION_JSON)
  public Response cases(@QueryParam("status") String status, @QueryParam("office") String office,
      @QueryParam("window") String window, @QueryParam("when") String when,
      @QueryParam("age") Integer age, @QueryParam("week") Integer week,
      @QueryParam("kind") String kind) {
    return as(DASHBOARD, () -> ok(ManagementBeans.get(ManagementDashboard.class)
        .cases(new CaseFilter(status, office, window, when, age, week, kind))));
  }

  @GET
  @Path("expiring")
  @Produces(MediaType.APPLICATION_JSON)
  public Response expiring() {
    return as(DASHBOARD, () -> {
      ExpiringTokensReport report = ManagementBeans.get(ExpiringTokensReport.class);
      return ok(Map.of("windowDays", report.window().toDays(),
          "rows", ManagementBeans.get(DashboardFigures.class).expiring()));
    });
  }

  @GET
  @Path("expiring.csv")
  public Response expiringCsv() {
    return as(STOCK_READ, () -> {
      ExpiringTokensReport report = ManagementBeans.get(ExpiringTokensReport.class);
      return Response.ok(report.csv(), "text/csv; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
          .build();
    });
  }

  @GET
  @Path("stock")
  @Produces(MediaType.APPLICATION_JSON)
  public Response stock() {
    return as(STOCK_READ, () -> ok(Map.of("offices", ManagementBeans.get(TokenStock.class)
        .perOffice(), "lowThreshold", ManagementBeans.get(StockSettings.class).getLowThreshold())));
  }

  @GET
  @Path("stock/{office}")
  @Produces(MediaType.APPLICATION_JSON)
  public Response serials(@PathParam("office") String office) {
    return as(STOCK_READ, () -> ok(ManagementBeans.get(TokenStock.class).serialsInStock(office)));
  }

  @POST
  @Path("stock/lots")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response registerLot(LotInput lot) {
    return as(STOCK_WRITE, () -> Response.status(201).entity(Map.of("registered",
        ManagementBeans.get(TokenStock.class).registerLot(lot == null
            ? new LotInput(null, null, null, null, null) : lot, userId()))).build());
  }

  @POST
  @Path("stock/returns")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response returnToStock(ReturnInput input) {
    return as(STOCK_WRITE, () -> {
      ReturnInput in = input == null ? new ReturnInput(null, null) : input;
      var undoneCase = ManagementBeans.get(RenewalService.class)
          .returnToStock(in.serial(), userId(), in.reason());
      var answer = new java.util.LinkedHashMap<String, Object>(Map.of("returned", in.serial()));
      undoneCase.ifPresent(number -> answer.put("undoneCase", number));
      return ok(answer);
    });
  }

  private Response as(Set<String> allowed, Supplier<Response> work) {
    var authentication = getCurrentAuthentication();
    if (authentication == null) {
      return problem(401, "Inicie sesión para ver el tablero de gerencia.", List.of());
    }
    List<String> groups = authentication.getGroupIds() == null ? List.of()
        : authentication.getGroupIds();
    if (groups.stream().noneMatch(allowed::contains)) {
      return problem(403, "Su perfil no tiene acceso a esta información de gerencia.", List.of());
    }
    try {
      return work.get();
    } catch (InvalidInputException e) {
      return problem(400, "Revise los datos ingresados.", e.getErrors());
    } catch (ConflictException e) {
      return problem(409, e.getMessage(), List.of());
    } catch (NotFoundException e) {
      return problem(404, e.getMessage(), List.of());
    }
  }

  private String userId() {
    return getCurrentAuthentication().getUserId();
  }

  private static Response ok(Object entity) {
    return Response.ok(entity, MediaType.APPLICATION_JSON).build();
  }

  private static Response problem(int status, String message, List<FieldError> errors) {
    return Response.status(status).type(MediaType.APPLICATION_JSON)
        .entity(Map.of("status", status, "message", message, "errors", errors)).build();
  }
}
