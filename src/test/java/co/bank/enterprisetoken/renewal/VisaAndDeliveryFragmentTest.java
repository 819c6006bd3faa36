package co.bank.enterprisetoken.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The branch's signature visa, its re-visa after a rejection and the delivery of the new token are
 * one fragment written in both renewal models (docs/decisions.md, "Models"). The fragment is what
 * the sequence flows and boundary events reach from {@value #ENTRY} up to {@value #EXIT}; in both
 * models it must have the same elements with the same type, name, attributes (forms, candidate
 * groups, delegates, async and retry settings, default flows), extension elements and conditions,
 * and be entered only at {@value #ENTRY} (and at {@value #REENTRY}, when back office undid a
 * delivery) and left only after {@value #EXIT}. Documentation texts
 * and layout may differ; the pickup reminder is the one element the before-expiry copy adds.
 */
@DisplayName("Visado y entrega: el mismo fragmento en los dos modelos de renovación")
class VisaAndDeliveryFragmentTest {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String ENTRY = "Gateway_VisaRetry";
  static final String EXIT = "Task_RecordDelivery";
  /** Back to the delivery, the visa still valid, after back office undid a mistaken delivery. */
  static final String REENTRY = "Gateway_DeliveryRetry";

  /** R-B7: the pickup reminders while the visa waits, a rule of the renewal before expiry. */
  private static final Set<String> ONLY_BEFORE_EXPIRY = Set.of("Event_PickupReminder",
      "Flow_ToEmailPickupReminder", "Task_EmailPickupReminder", "Flow_ToReminderSent",
      "EndEvent_ReminderSent");

  private static Model before;
  private static Model after;

  @BeforeAll
  static void readModels() throws Exception {
    before = Model.read(new File("bpmn/token-renewal-before-expiry.bpmn"));
    after = Model.read(new File("bpmn/token-renewal-after-expiry.bpmn"));
  }

  @Test
  @DisplayName("R-S1c visado, re-visado y entrega iguales en los dos modelos, elemento por elemento")
  void sameElementsInBothModels() {
    Map<String, String> inBefore = before.fragment();
    inBefore.keySet().removeAll(ONLY_BEFORE_EXPIRY);
    Map<String, String> inAfter = after.fragment();

    assertThat(inAfter.keySet()).contains("Task_VisaSignature", "Task_RecordVisa",
        "Task_EmailVisaRejected", REENTRY, "Task_DeliverToken", EXIT);
    assertThat(inAfter.keySet()).as("the fragment's element ids").isEqualTo(inBefore.keySet());
    SoftAssertions.assertSoftly(softly -> inBefore.forEach((id, definition) ->
        softly.assertThat(inAfter.get(id)).as("%s in the after-expiry model", id)
            .isEqualTo(definition)));
  }

  @Test
  @DisplayName("el fragmento se entra solo por el re-visado o por la entrega anulada y se sale solo después de la entrega")
  void oneWayInOneWayOut() {
    for (Model model : List.of(before, after)) {
      Set<String> fragment = model.fragment().keySet();
      List<String> entries = new ArrayList<>();
      for (Element flow : model.flows()) {
        String source = flow.getAttribute("sourceRef");
        String target = flow.getAttribute("targetRef");
        if (!fragment.contains(source) && fragment.contains(target)) {
          entries.add(target);
        }
      }
      assertThat(entries).as("flows into the fragment of %s", model.name).containsOnly(ENTRY, REENTRY);
      assertThat(model.outgoing(EXIT)).as("flows out of %s in %s", EXIT, model.name).hasSize(1);
      assertThat(fragment).as("%s in %s", model.outgoing(EXIT).get(0).getAttribute("targetRef"),
          model.name).doesNotContain(model.outgoing(EXIT).get(0).getAttribute("targetRef"));
    }
  }

  /** One renewal model as its XML elements, by id. */
  private record Model(String name, Map<String, Element> byId, List<Element> flows,
      List<Element> boundaries) {

    static Model read(File file) throws Exception {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Element root = factory.newDocumentBuilder().parse(file).getDocumentElement();
      Element process = (Element) root.getElementsByTagNameNS(BPMN, "process").item(0);
      Map<String, Element> byId = new HashMap<>();
      var all = process.getElementsByTagNameNS(BPMN, "*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        if (e.hasAttribute("id")) {
          byId.put(e.getAttribute("id"), e);
        }
      }
      List<Element> flows = byId.values().stream()
          .filter(e -> e.getLocalName().equals("sequenceFlow")).toList();
      List<Element> boundaries = byId.values().stream()
          .filter(e -> e.getLocalName().equals("boundaryEvent")).toList();
      return new Model(file.getName(), byId, flows, boundaries);
    }

    List<Element> outgoing(String id) {
      return flows.stream().filter(f -> f.getAttribute("sourceRef").equals(id)).toList();
    }

    /**
     * Every element reached from {@link #ENTRY} by sequence flows and boundary events, stopping
     * after {@link #EXIT}, with its definition in a canonical text form.
     */
    Map<String, String> fragment() {
      Map<String, String> found = new TreeMap<>();
      Deque<String> next = new ArrayDeque<>(List.of(ENTRY));
      while (!next.isEmpty()) {
        String id = next.pop();
        if (found.containsKey(id)) {
          continue;
        }
        Element element = byId.get(id);
        assertThat(element).as("%s in %s", id, name).isNotNull();
        found.put(id, canonical(element));
        if (element.getLocalName().equals("sequenceFlow")) {
          next.push(element.getAttribute("targetRef"));
          continue;
        }
        boundaries.stream().filter(b -> b.getAttribute("attachedToRef").equals(id))
            .forEach(b -> next.push(b.getAttribute("id")));
        if (!id.equals(EXIT)) {
          outgoing(id).forEach(f -> next.push(f.getAttribute("id")));
        }
      }
      return found;
    }

    /**
     * Type, attributes and content, without documentation and without the incoming/outgoing
     * references (the flows themselves are part of the fragment, with their source and target).
     */
    private static String canonical(Element element) {
      StringBuilder text = new StringBuilder(element.getLocalName());
      NamedNodeMap attributes = element.getAttributes();
      Set<String> sorted = new TreeSet<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr a = (Attr) attributes.item(i);
        if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
          sorted.add("{" + a.getNamespaceURI() + "}" + a.getLocalName() + "=" + a.getValue());
        }
      }
      text.append(sorted);
      text.append('(');
      for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element e) {
          if (!(BPMN.equals(e.getNamespaceURI()) && Set.of("documentation", "incoming",
              "outgoing").contains(e.getLocalName()))) {
            text.append(canonical(e));
          }
        } else if (child.getNodeType() == Node.TEXT_NODE
            || child.getNodeType() == Node.CDATA_SECTION_NODE) {
          text.append(child.getNodeValue().strip());
        }
      }
      return text.append(')').toString();
    }
  }
}
