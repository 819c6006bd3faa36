package co.bank.enterprisetoken.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * Renders the e-mail templates {@code classpath:/templates/mail/<name>.html} and {@code
 * <name>.txt}. The subject is the rendered HTML {@code <title>}, so each mail's wording lives in
 * its two template files only.
 *
 * <p>It has its own template engine, independent of Spring MVC's view configuration, so that web
 * settings (prefixes, caching, dialects) can never change what an e-mail says.
 */
@Component
public class MailTemplates {

  private static final String LOCATION = "templates/mail/";
  private static final Pattern TITLE =
      Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailTemplates() {
    engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
    engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
  }

  /**
   * @param template a template name such as {@code expiry-alert}
   * @param model the template's variables; absent or null values hide the optional parts
   * @throws org.thymeleaf.exceptions.TemplateInputException when the template does not exist
   * @throws IllegalStateException when the HTML template has no non-blank {@code <title>}
   */
  public RenderedMail render(String template, Map<String, Object> model) {
    Context context = new Context();
    context.setVariables(model);
    String html = engine.process(template + ".html", context);
    String text = tidy(engine.process(template + ".txt", context));
    return new RenderedMail(subject(template, html), html, text);
  }

  private static String subject(String template, String html) {
    Matcher title = TITLE.matcher(html);
    String subject =
        title.find() ? HtmlEscape.unescapeHtml(title.group(1)).replaceAll("\\s+", " ").strip() : "";
    if (subject.isEmpty()) {
      throw new IllegalStateException("Mail template " + template + " has no <title> (subject)");
    }
    return subject;
  }

  /** Optional blocks of the text templates leave blank lines and indentation behind. */
  private static String tidy(String text) {
    String tidied = TRAILING_SPACES.matcher(text.replace("\r\n", "\n")).replaceAll("\n");
    return BLANK_LINES.matcher(tidied).replaceAll("\n\n").strip() + "\n";
  }

  private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(LOCATION);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }
}
