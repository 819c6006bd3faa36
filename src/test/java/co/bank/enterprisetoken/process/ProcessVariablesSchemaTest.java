package co.bank.enterprisetoken.process;

import static org.assertj.core.api.Assertions.assertThat;

import co.bank.enterprisetoken.registration.ActivationProcessVariables;
import co.bank.enterprisetoken.renewal.AfterExpiryProcessVariables;
import co.bank.enterprisetoken.renewal.BeforeExpiryProcessVariables;
import co.bank.enterprisetoken.renewal.ExpiryAlertProcessVariables;
import co.bank.enterprisetoken.virtualtoken.VirtualTokenProcessVariables;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every name the models and forms use is a declared variable of its process's typed schema, or
 * (as the root of an expression) a Spring bean: a renamed variable, a typo in a condition or a form
 * key no schema knows fails here, before any engine runs. Elements are found by their XML names
 * and ids only (names and layout of the diagrams do not matter).
 */
@DisplayName("Esquema de variables por proceso frente a modelos y formularios")
class ProcessVariablesSchemaTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final Map<String, Class<? extends Enum<?>>> SCHEMAS = Map.of(
      BeforeExpiryProcessVariables.PROCESS_KEY, BeforeExpiryProcessVariables.class,
      AfterExpiryProcessVariables.PROCESS_KEY, AfterExpiryProcessVariables.class,
      ExpiryAlertProcessVariables.PROCESS_KEY, ExpiryAlertProcessVariables.class,
      ActivationProcessVariables.PROCESS_KEY, ActivationProcessVariables.class,
      VirtualTokenProcessVariables.PROCESS_KEY, VirtualTokenProcessVariables.class);

  /** Names the engine itself resolves in expressions. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task");
  private static final Set<String> EL_WORDS = Set.of("true", "false", "null", "empty", "not",
      "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}");
  private static final Pattern ROOT = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)");

  @Test
  @DisplayName("cada proceso de bpmn/ tiene su esquema, y cada esquema su proceso")
  void everyProcessHasOneSchema() throws Exception {
    assertThat(processes().keySet()).containsExactlyInAnyOrderElementsOf(SCHEMAS.keySet());
    SCHEMAS.keySet().forEach(ProcessVariablesSchemaTest::declared);
  }

  @Test
  @DisplayName("expresiones, condiciones, mapeos y campos de formulario nombran variables declaradas")
  void modelsAndFormsNameDeclaredVariables() throws Exception {
    Set<String> beans = springBeanNames();
    Set<String> problems = new TreeSet<>();
    for (Map.Entry<String, Element> process : processes().entrySet()) {
      String key = process.getKey();
      Set<String> declared = declared(key);
      for (Element element : descendants(process.getValue())) {
        String where = key + " " + idOf(element);
        for (String text : valuesOf(element)) {
          for (String root : expressionRoots(text)) {
            if (!declared.contains(root) && !beans.contains(root) && !ENGINE_NAMES.contains(root)) {
              problems.add(where + ": ${" + root + "}");
            }
          }
        }
        if (CAMUNDA.equals(element.getNamespaceURI())) {
          switch (element.getLocalName()) {
            case "inputParameter", "outputParameter" ->
                check(problems, declared, element.getAttribute("name"), where);
            case "formField" -> check(problems, declared, element.getAttribute("id"), where);
            case "in" -> {
              String called = calledProcess(element);
              check(problems, declared(called), element.getAttribute("target"),
                  where + " → " + called);
              check(problems, declared, element.getAttribute("source"), where);
            }
            case "out" -> {
              String called = calledProcess(element);
              check(problems, declared(called), element.getAttribute("source"),
                  where + " ← " + called);
              check(problems, declared, element.getAttribute("target"), where);
            }
            default -> { }
          }
        }
        for (String form : formsOf(element)) {
          for (String field : formKeys(form)) {
            check(problems, declared, field, where + " " + form);
          }
        }
      }
    }
    assertThat(problems).as("names used in bpmn/ and forms/ but not declared").isEmpty();
  }

  @Test
  @DisplayName("cada formulario de forms/ lo muestra alguna tarea")
  void everyFormIsShownByATask() throws Exception {
    Set<String> used = new HashSet<>();
    for (Element process : processes().values()) {
      for (Element element : descendants(process)) {
        used.addAll(formsOf(element));
      }
    }
    Set<String> files = Arrays.stream(new File("forms").list()).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrderElementsOf(files);
  }

  private static void check(Set<String> problems, Set<String> declared, String name, String where) {
    if (name != null && !name.isEmpty() && !declared.contains(name)) {
      problems.add(where + ": " + name);
    }
  }

  private static Set<String> declared(String processKey) {
    Class<? extends Enum<?>> schema = SCHEMAS.get(processKey);
    assertThat(schema).as("schema of %s", processKey).isNotNull();
    Set<String> names = new HashSet<>();
    for (Enum<?> constant : schema.getEnumConstants()) {
      ProcessVariable variable = (ProcessVariable) constant;
      assertThat(names.add(variable.variableName())).as("%s declared once", constant).isTrue();
      assertThat(variable.type()).as("type of %s", constant).isNotNull();
    }
    return names;
  }

  private static Map<String, Element> processes() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Map<String, Element> processes = new TreeMap<>();
    for (File file : new File("bpmn").listFiles((d, n) -> n.endsWith(".bpmn"))) {
      var nodes = factory.newDocumentBuilder().parse(file)
          .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "process");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element process = (Element) nodes.item(i);
        if (!"false".equals(process.getAttribute("isExecutable"))) {
          processes.put(process.getAttribute("id"), process);
        }
      }
    }
    return processes;
  }

  private static List<Element> descendants(Element root) {
    List<Element> all = new ArrayList<>();
    all.add(root);
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        all.addAll(descendants(element));
      }
    }
    return all;
  }

  private static String idOf(Element element) {
    for (Node e = element; e instanceof Element el; e = e.getParentNode()) {
      if (!el.getAttribute("id").isEmpty()) {
        return el.getAttribute("id");
      }
    }
    return "?";
  }

  /** Attribute values and own text of one element (its children are visited on their own). */
  private static List<String> valuesOf(Element element) {
    List<String> values = new ArrayList<>();
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      values.add(attributes.item(i).getNodeValue());
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        values.add(child.getNodeValue());
      }
    }
    return values;
  }

  static Set<String> expressionRoots(String text) {
    Set<String> roots = new TreeSet<>();
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      Matcher root = ROOT.matcher(expression.group(1).replaceAll("'[^']*'", ""));
      while (root.find()) {
        if (!EL_WORDS.contains(root.group(1))) {
          roots.add(root.group(1));
        }
      }
    }
    return roots;
  }

  private static String calledProcess(Element mapping) {
    for (Node e = mapping; e instanceof Element el; e = e.getParentNode()) {
      if ("callActivity".equals(el.getLocalName())) {
        return el.getAttribute("calledElement");
      }
    }
    throw new IllegalStateException("camunda:in/out outside a call activity");
  }

  /** The files in forms/ a task or start event shows (embedded HTML or deployed Camunda Form). */
  private static Set<String> formsOf(Element element) {
    Set<String> forms = new TreeSet<>();
    String key = element.getAttributeNS(CAMUNDA, "formKey");
    if (key.contains("forms/")) {
      forms.add(key.substring(key.indexOf("forms/") + "forms/".length()));
    }
    String ref = element.getAttributeNS(CAMUNDA, "formRef");
    if (!ref.isEmpty()) {
      forms.add(ref + ".form");
    }
    return forms;
  }

  /** Field keys of a Camunda Form ("key") or of an embedded form (its fields and case fields). */
  static Set<String> formKeys(String form) throws Exception {
    String text = Files.readString(Path.of("forms", form));
    Set<String> keys = new TreeSet<>();
    if (form.endsWith(".form")) {
      find(text, "\"key\"\\s*:\\s*\"(\\w+)\"", keys);
    } else {
      find(text, "\\{name: '(\\w+)'", keys);
      find(text, "<(?:input|select|textarea)[^>]*\\bname=\"(\\w+)\"", keys);
      Matcher caseFields = Pattern.compile("caseFields: \\[([^\\]]*)]").matcher(text);
      while (caseFields.find()) {
        find(caseFields.group(1), "'(\\w+)'", keys);
      }
    }
    assertThat(keys).as("fields of %s", form).isNotEmpty();
    return keys;
  }

  private static void find(String text, String regex, Set<String> into) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  /** Names of the application's components and of their @Bean methods, without starting it. */
  private static Set<String> springBeanNames() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(true);
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> beans = new HashSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("co.bank.enterprisetoken")) {
      beans.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry));
      for (var method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
        if (method.isAnnotationPresent(Bean.class)) {
          String[] names = method.getAnnotation(Bean.class).name();
          beans.addAll(names.length > 0 ? List.of(names) : List.of(method.getName()));
        }
      }
    }
    return beans;
  }
}
