package co.bank.enterprisetoken.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagrams as Cockpit draws them (bpmn-js 16.5 inside the 7.24 webapps): no shape over
 * another, no label over a shape (its own included) or another label, no edge through a shape or a
 * label, every edge docked
 * on its source and target, and each model small enough to read at Cockpit's fit-to-screen zoom.
 * Labels are measured as Cockpit renders them: Arial 11 px, lines of 13.2 px wrapped at 90 px,
 * starting at the label's x; the DI bounds must match that text.
 */
@DisplayName("Diagramas legibles en Cockpit: sin solapes y de un tamaño que se lee")
class DiagramLayoutTest {

  /**
   * Cockpit's diagram panel on a 1920×1080 screen, browser maximised (a 1920×970 page): the page
   * minus the side bar, the tool column, the header and the instance table below; measured 1582×496.
   */
  private static final double PANEL_WIDTH = 1580;

  private static final double PANEL_HEIGHT = 500;

  /** At fit-to-screen a task name (12 px) must stay at 8 px or more, a label (11 px) at 7 px. */
  private static final double MIN_FIT_SCALE = 2.0 / 3;

  private static final double DOCKING_TOLERANCE = 3;

  private static final double LABEL_SIZE_TOLERANCE = 12;

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("cada elemento tiene forma y etiqueta, y ninguna cae sobre otra")
  void noOverlaps(Path file) {
    Diagram diagram = new Diagram(Bpmn.readModelFromFile(file.toFile()));
    assertThat(diagram.problems()).as(file.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("ajustado a la pantalla, el diagrama se lee en Cockpit")
  void readableAtFitZoom(Path file) {
    Diagram diagram = new Diagram(Bpmn.readModelFromFile(file.toFile()));
    Rect box = diagram.extent();
    double scale = Math.min(1, Math.min(PANEL_WIDTH / box.width(), PANEL_HEIGHT / box.height()));
    assertThat(scale)
        .as("%s: %.0f×%.0f px at fit-to-screen in %.0f×%.0f px", file, box.width(), box.height(),
            PANEL_WIDTH, PANEL_HEIGHT)
        .isGreaterThanOrEqualTo(MIN_FIT_SCALE);
  }

  private record Rect(double x, double y, double width, double height) {

    static Rect of(Bounds b) {
      return new Rect(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    double maxX() {
      return x + width;
    }

    double maxY() {
      return y + height;
    }

    Rect union(Rect o) {
      double minX = Math.min(x, o.x);
      double minY = Math.min(y, o.y);
      return new Rect(minX, minY, Math.max(maxX(), o.maxX()) - minX,
          Math.max(maxY(), o.maxY()) - minY);
    }

    Rect shrink(double d) {
      return new Rect(x + d, y + d, width - 2 * d, height - 2 * d);
    }

    /** Overlap of more than a pixel each way: touching borders is no overlap. */
    boolean overlaps(Rect o) {
      return Math.min(maxX(), o.maxX()) - Math.max(x, o.x) > 1
          && Math.min(maxY(), o.maxY()) - Math.max(y, o.y) > 1;
    }

    boolean contains(Rect o) {
      return o.x >= x - 1 && o.y >= y - 1 && o.maxX() <= maxX() + 1 && o.maxY() <= maxY() + 1;
    }

    /** Liang–Barsky: does the segment enter this rectangle's interior? */
    boolean crossedBy(double x1, double y1, double x2, double y2) {
      double t0 = 0;
      double t1 = 1;
      double dx = x2 - x1;
      double dy = y2 - y1;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {x1 - x, maxX() - x1, y1 - y, maxY() - y1};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] <= 0) {
            return false;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, t);
          } else {
            t1 = Math.min(t1, t);
          }
        }
      }
      return t0 < t1;
    }

    @Override
    public String toString() {
      return "[%.0f,%.0f %.0f×%.0f]".formatted(x, y, width, height);
    }
  }

  /** The laid-out model: shapes, the text of each label where Cockpit draws it, edges. */
  private static final class Diagram {

    private final Map<String, BaseElement> elements = new LinkedHashMap<>();
    private final Map<String, Rect> shapes = new LinkedHashMap<>();
    private final Map<String, Rect> labels = new LinkedHashMap<>();
    private final Map<String, List<double[]>> edges = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    Diagram(BpmnModelInstance model) {
      for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
        BaseElement element = shape.getBpmnElement();
        elements.put(element.getId(), element);
        shapes.put(element.getId(), Rect.of(shape.getBounds()));
        label(element, shape.getBpmnLabel(), externalLabel(element));
        if (element instanceof SubProcess subProcess && subProcess.getName() != null) {
          // The expanded sub-process's name, drawn centred along its top edge.
          Rect box = shapes.get(element.getId());
          Text text = Text.layout(subProcess.getName(), box.width() - 10, 12);
          labels.put(element.getId() + " title", new Rect(box.x() + (box.width() - text.width) / 2,
              box.y() + 5, text.width, text.height));
        }
      }
      for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
        BaseElement element = edge.getBpmnElement();
        elements.put(element.getId(), element);
        edges.put(element.getId(), edge.getWaypoints().stream()
            .map((Waypoint w) -> new double[] {w.getX(), w.getY()}).toList());
        label(element, edge.getBpmnLabel(), element instanceof SequenceFlow);
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!shapes.containsKey(node.getId())) {
          problems.add(node.getId() + ": no shape");
        }
      }
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        if (!edges.containsKey(flow.getId())) {
          problems.add(flow.getId() + ": no edge");
        }
      }
      checkShapes();
      checkLabels();
      checkEdges();
    }

    List<String> problems() {
      return problems;
    }

    Rect extent() {
      Rect box = null;
      List<Rect> all = new ArrayList<>(shapes.values());
      all.addAll(labels.values());
      edges.values().forEach(points -> points.forEach(p -> all.add(new Rect(p[0], p[1], 0, 0))));
      for (Rect r : all) {
        box = box == null ? r : box.union(r);
      }
      return box;
    }

    private static boolean externalLabel(BaseElement element) {
      return element instanceof Event || element instanceof Gateway;
    }

    private void label(BaseElement element, BpmnLabel label, boolean external) {
      String name = element.getAttributeValue("name");
      if (!external || name == null || name.isBlank()) {
        return;
      }
      if (label == null || label.getBounds() == null) {
        problems.add(element.getId() + ": label «" + name + "» without bounds");
        return;
      }
      Rect declared = Rect.of(label.getBounds());
      Text text = Text.layout(name, 90, 11);
      Rect drawn = new Rect(declared.x(), declared.y(), text.width, text.height);
      if (Math.abs(declared.width() - text.width) > LABEL_SIZE_TOLERANCE
          || Math.abs(declared.height() - text.height) > LABEL_SIZE_TOLERANCE) {
        problems.add("%s: label bounds %s, text needs %.0f×%.0f".formatted(element.getId(),
            declared, text.width, text.height));
      }
      labels.put(element.getId(), declared.union(drawn));
    }

    /** Sub-processes, lanes and participants that contain the element, nearest first. */
    private List<String> containers(BaseElement element) {
      List<String> result = new ArrayList<>();
      if (element instanceof BoundaryEvent boundary) {
        result.addAll(containers(boundary.getAttachedTo()));
        return result;
      }
      for (ModelElementInstance parent = element.getParentElement(); parent != null;
          parent = parent.getParentElement()) {
        if (parent instanceof SubProcess sub) {
          result.add(sub.getId());
        }
      }
      for (Map.Entry<String, BaseElement> other : elements.entrySet()) {
        if (other.getValue() instanceof Lane lane
            && lane.getFlowNodeRefs().stream().anyMatch(n -> n.getId().equals(element.getId()))) {
          result.add(lane.getId());
        }
        if (other.getValue() instanceof Participant participant && participant.getProcess() != null
            && element instanceof FlowElement
            && participant.getProcess().getFlowElements().contains(element)) {
          result.add(participant.getId());
        }
      }
      return result;
    }

    private boolean hostOf(String host, BaseElement element) {
      return element instanceof BoundaryEvent boundary
          && boundary.getAttachedTo().getId().equals(host);
    }

    private void checkShapes() {
      List<String> ids = new ArrayList<>(shapes.keySet());
      for (int i = 0; i < ids.size(); i++) {
        BaseElement a = elements.get(ids.get(i));
        for (String container : containers(a)) {
          if (shapes.containsKey(container) && !(a instanceof BoundaryEvent)
              && !shapes.get(container).contains(shapes.get(a.getId()))) {
            problems.add(a.getId() + ": sticks out of " + container);
          }
        }
        for (int j = i + 1; j < ids.size(); j++) {
          BaseElement b = elements.get(ids.get(j));
          if (hostOf(a.getId(), b) || hostOf(b.getId(), a)
              || containers(a).contains(b.getId()) || containers(b).contains(a.getId())) {
            continue;
          }
          if (shapes.get(a.getId()).overlaps(shapes.get(b.getId()))) {
            problems.add("shapes overlap: " + a.getId() + " and " + b.getId());
          }
        }
      }
    }

    private void checkLabels() {
      List<String> ids = new ArrayList<>(labels.keySet());
      for (int i = 0; i < ids.size(); i++) {
        String owner = ids.get(i).replace(" title", "");
        Rect label = labels.get(ids.get(i));
        List<String> inside = new ArrayList<>(containers(elements.get(owner)));
        if (!owner.equals(ids.get(i))) {
          inside.add(owner);
        }
        for (Map.Entry<String, Rect> shape : shapes.entrySet()) {
          boolean enclosing = inside.contains(shape.getKey()) && shape.getValue().contains(label);
          if (!enclosing && label.overlaps(shape.getValue())) {
            problems.add("label of " + owner + " over shape " + shape.getKey());
          }
        }
        for (int j = i + 1; j < ids.size(); j++) {
          if (label.overlaps(labels.get(ids.get(j)))) {
            problems.add("labels overlap: " + ids.get(i) + " and " + ids.get(j));
          }
        }
        for (Map.Entry<String, List<double[]>> edge : edges.entrySet()) {
          if (!edge.getKey().equals(owner) && crosses(edge.getValue(), label.shrink(1))) {
            problems.add("edge " + edge.getKey() + " through the label of " + owner);
          }
        }
      }
    }

    private void checkEdges() {
      for (Map.Entry<String, List<double[]>> edge : edges.entrySet()) {
        if (!(elements.get(edge.getKey()) instanceof SequenceFlow flow)) {
          continue;
        }
        List<double[]> points = edge.getValue();
        docked(flow.getId(), flow.getSource(), points.get(0));
        docked(flow.getId(), flow.getTarget(), points.get(points.size() - 1));
        List<String> inside = containers(flow);
        for (Map.Entry<String, Rect> shape : shapes.entrySet()) {
          String id = shape.getKey();
          if (!id.equals(flow.getSource().getId()) && !id.equals(flow.getTarget().getId())
              && !inside.contains(id) && crosses(points, shape.getValue().shrink(2))) {
            problems.add("edge " + flow.getId() + " through shape " + id);
          }
        }
      }
    }

    private void docked(String flow, FlowNode node, double[] point) {
      Rect r = shapes.get(node.getId());
      if (r == null) {
        return;
      }
      double cx = r.x() + r.width() / 2;
      double cy = r.y() + r.height() / 2;
      double dx = Math.abs(point[0] - cx);
      double dy = Math.abs(point[1] - cy);
      double toBox = dx <= r.width() / 2 && dy <= r.height() / 2
          ? Math.min(r.width() / 2 - dx, r.height() / 2 - dy)
          : Math.hypot(Math.max(0, dx - r.width() / 2), Math.max(0, dy - r.height() / 2));
      double toOutline = toBox;
      if (node instanceof Event) {
        toOutline = Math.abs(Math.hypot(dx, dy) - r.width() / 2);
      } else if (node instanceof Gateway) {
        toOutline = Math.abs(dx / (r.width() / 2) + dy / (r.height() / 2) - 1) * r.width() / 2
            / Math.sqrt(2);
      }
      if (Math.min(toBox, toOutline) > DOCKING_TOLERANCE) {
        problems.add("%s: waypoint (%.0f,%.0f) is not on the outline of %s %s".formatted(flow,
            point[0], point[1], node.getId(), r));
      }
    }

    private static boolean crosses(List<double[]> points, Rect r) {
      for (int k = 1; k < points.size(); k++) {
        double[] a = points.get(k - 1);
        double[] b = points.get(k);
        if (r.crossedBy(a[0], a[1], b[0], b[1])) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A label laid out like diagram-js does: words wrapped at a maximum width, measured with Arial's
   * advance widths (the font bpmn-js asks for; Liberation Sans on Linux has the same metrics).
   */
  private record Text(double width, double height) {

    /** Arial advance widths in 1/1000 em for the characters our names use. */
    private static final Map<Character, Integer> ARIAL = arial();

    static Text layout(String name, double maxWidth, double fontSize) {
      List<String> lines = new ArrayList<>();
      String line = "";
      for (String word : name.trim().split("\\s+")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, fontSize) <= maxWidth || line.isEmpty()) {
          line = candidate;
        } else {
          lines.add(line);
          line = word;
        }
      }
      lines.add(line);
      double widest = 0;
      int count = 0;
      for (String l : lines) {
        // A word wider than the box is cut into pieces that fit.
        double w = width(l, fontSize);
        count += (int) Math.ceil(w / maxWidth);
        widest = Math.max(widest, Math.min(w, maxWidth));
      }
      return new Text(Math.ceil(widest), Math.ceil(count * fontSize * 1.2));
    }

    static double width(String text, double fontSize) {
      double units = 0;
      for (char c : text.toCharArray()) {
        Integer w = ARIAL.get(c);
        if (w == null) {
          String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "");
          w = base.isEmpty() ? null : ARIAL.get(base.charAt(0));
        }
        units += w == null ? 556 : w;
      }
      return units * fontSize / 1000;
    }

    private static Map<Character, Integer> arial() {
      Map<Character, Integer> widths = new LinkedHashMap<>();
      put(widths, " !,./:;Iftí", 278);
      put(widths, "ijl", 222);
      put(widths, "-()r", 333);
      put(widths, "0123456789?abdeghnopqu", 556);
      put(widths, "ckszvxyJ", 500);
      put(widths, "L", 556);
      put(widths, "ABEKPSVXY", 667);
      put(widths, "FTZ¿", 611);
      put(widths, "CDHNRUw", 722);
      put(widths, "GOQ", 778);
      put(widths, "mM", 833);
      put(widths, "W", 944);
      return widths;
    }

    private static void put(Map<Character, Integer> widths, String chars, int width) {
      for (char c : chars.toCharArray()) {
        widths.put(c, width);
      }
    }
  }
}
