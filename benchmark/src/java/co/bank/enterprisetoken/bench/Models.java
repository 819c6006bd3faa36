package co.bank.enterprisetoken.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The models only the benchmark deploys. The no-op twin is derived at run time from the real
 * before-expiry model on the classpath, so it always has the same wait states, async flags, timers
 * and gateways: only the process key changes, every delegate becomes {@code ${noopDelegate}} and
 * the form references go (the twin is never shown in Tasklist).
 */
public final class Models {

  public static final String REAL = "token-renewal-before-expiry";
  public static final String TWIN = "token-renewal-before-expiry-twin";
  public static final String START_END = "bench-start-end";

  private Models() {}

  public static String twin() {
    String real;
    try (InputStream in = Models.class.getClassLoader()
        .getResourceAsStream("bpmn/" + REAL + ".bpmn")) {
      real = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String twin = real.replace("\"" + REAL + "\"", "\"" + TWIN + "\"")
        .replaceAll("camunda:delegateExpression=\"\\$\\{[A-Za-z]+\\}\"",
            "camunda:delegateExpression=\"\\${noopDelegate}\"")
        .replaceAll(" camunda:formRef=\"[^\"]*\" camunda:formRefBinding=\"deployment\"", "");
    if (!twin.contains("id=\"" + TWIN + "\"")
        || twin.replace("${noopDelegate}", "").contains("delegateExpression=\"${")) {
      throw new IllegalStateException("The twin could not be derived from " + REAL);
    }
    return twin;
  }

  public static String startEnd() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_BenchStartEnd"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow" sourceRef="Start" targetRef="End" />
            <bpmn:endEvent id="End"><bpmn:incoming>Flow</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(START_END);
  }
}
