package dev.toolwright.processor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.toolwright.gateway.GatewayLimits;
import dev.toolwright.gateway.GatewayNames;
import dev.toolwright.gateway.SchemaDialect;
import dev.toolwright.processor.model.Annotations;
import dev.toolwright.processor.model.ToolClassModel;
import dev.toolwright.processor.model.ToolModel;
import dev.toolwright.processor.model.TypeResolver;
import dev.toolwright.processor.validation.Reporter;
import dev.toolwright.processor.validation.ToolValidator;
import dev.toolwright.processor.writer.DispatcherWriter;
import dev.toolwright.processor.writer.SchemaWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Turns {@code @Tool} methods into the gateway's inline tool schema and one reflection-free
 * dispatcher per class. The pipeline, per round:
 *
 * <ol>
 *   <li>collect the {@code @Tool} methods and group them by class;
 *   <li>validate each class and method ({@link ToolValidator}), resolving every parameter and
 *       return type to one {@link dev.toolwright.processor.model.TypeModel} ({@link TypeResolver}),
 *       reporting every problem with the element it concerns;
 *   <li>write {@code <Class>_ToolDispatcher} for each class that is free of errors ({@link
 *       DispatcherWriter});
 * </ol>
 *
 * and once all rounds are over: check names across classes, then, if no error occurred, write
 * {@value SchemaDialect#SCHEMA_RESOURCE} and {@value SchemaDialect#CLOUDFORMATION_SCHEMA_RESOURCE}
 * ({@link SchemaWriter}). The processor never claims the annotation.
 *
 * <p>Options:
 *
 * <ul>
 *   <li>{@code -Atoolwright.target=<name>}: the gateway target name, to check {@code
 *       <target>___<tool>} against the model APIs' 64-character limit exactly;
 *   <li>{@code -Atoolwright.clientPrefix=<prefix>}: what the agent's MCP client puts before the
 *       gateway's name (Claude Code: {@code mcp__<server>__}), counted in the same check;
 *   <li>{@code -Atoolwright.outputSchema=true}: every tool lists its {@code outputSchema} (off by
 *       default: strict MCP clients reject answers without {@code structuredContent}, and whether
 *       the gateway adds it is undocumented; see {@code @Tool#outputSchema}).
 * </ul>
 */
public final class ToolProcessor extends AbstractProcessor {

  /** Processor option naming the gateway target. */
  public static final String TARGET_OPTION = "toolwright.target";

  /** Processor option: the prefix the agent's MCP client adds to tool names. */
  public static final String CLIENT_PREFIX_OPTION = "toolwright.clientPrefix";

  /** Processor option: list every tool's {@code outputSchema}. */
  public static final String OUTPUT_SCHEMA_OPTION = "toolwright.outputSchema";

  private Reporter reporter;
  private ToolValidator validator;
  private final Map<String, ToolModel> tools = new TreeMap<>();
  private final Map<String, ExecutableElement> toolOwners = new HashMap<>();
  private String target;
  private String clientPrefix;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    reporter = new Reporter(env.getMessager());
    validator = new ToolValidator(env, new TypeResolver(env), reporter);
    target = env.getOptions().get(TARGET_OPTION);
    clientPrefix = env.getOptions().getOrDefault(CLIENT_PREFIX_OPTION, "");
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(TARGET_OPTION, CLIENT_PREFIX_OPTION, OUTPUT_SCHEMA_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement toolAnnotation =
        processingEnv.getElementUtils().getTypeElement("dev.toolwright.Tool");
    if (toolAnnotation != null) {
      Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
      List<ExecutableElement> methods =
          new ArrayList<>(ElementFilter.methodsIn(round.getElementsAnnotatedWith(toolAnnotation)));
      methods.sort(
          Comparator.comparing(
              m -> ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString()));
      for (ExecutableElement method : methods) {
        byClass
            .computeIfAbsent((TypeElement) method.getEnclosingElement(), k -> new ArrayList<>())
            .add(method);
      }
      for (Map.Entry<TypeElement, List<ExecutableElement>> e : byClass.entrySet()) {
        ToolClassModel model = validator.validateClass(e.getKey(), e.getValue());
        if (model != null) {
          register(model);
          writeDispatcher(model);
        }
      }
    }
    if (round.processingOver() && !tools.isEmpty()) {
      finish();
    }
    return false;
  }

  private void register(ToolClassModel model) {
    for (ToolModel tool : model.tools()) {
      ExecutableElement owner = toolOwners.get(tool.name());
      if (owner != null) {
        reporter.report(
            tool.method(),
            Annotations.TOOL,
            "name",
            Messages.TOOL_NAME_DUPLICATE,
            tool.name(),
            validator.signature(owner));
        continue;
      }
      toolOwners.put(tool.name(), tool.method());
      tools.put(tool.name(), tool);
      checkLength(tool);
    }
  }

  /** {@code <client prefix><target>___<tool>} must fit the model APIs' limit. */
  private void checkLength(ToolModel tool) {
    int separator = GatewayNames.TARGET_SEPARATOR.length();
    int max = GatewayNames.MAX_CLIENT_TOOL_NAME;
    if (target == null) {
      int withShortestTarget = clientPrefix.length() + 1 + separator + tool.name().length();
      if (withShortestTarget > max) {
        reporter.report(
            tool.method(),
            Annotations.TOOL,
            "name",
            Messages.TOOL_NAME_LONG,
            tool.name(),
            tool.name().length(),
            clientPrefix,
            Math.max(0, max - clientPrefix.length() - separator - tool.name().length()));
      }
      return;
    }
    String sent = clientPrefix + target + GatewayNames.TARGET_SEPARATOR + tool.name();
    if (sent.length() > max) {
      reporter.report(
          tool.method(),
          Annotations.TOOL,
          "name",
          Messages.TOOL_NAME_TOO_LONG,
          tool.name(),
          target,
          sent,
          sent.length());
    }
  }

  private void writeDispatcher(ToolClassModel model) {
    try {
      Map<String, String> fallbacks = DispatcherWriter.write(model, processingEnv.getFiler());
      for (Map.Entry<String, String> e : fallbacks.entrySet()) {
        processingEnv
            .getMessager()
            .printMessage(
                javax.tools.Diagnostic.Kind.NOTE,
                "[JacksonFallback] "
                    + model.dispatcherName()
                    + " reads and writes "
                    + e.getKey()
                    + " with jackson-databind (loaded on the"
                    + " first call of a tool that uses it), because of "
                    + e.getValue()
                    + ".",
                model.element());
      }
    } catch (IOException e) {
      reporter.report(model.element(), Messages.IO_ERROR, model.dispatcherName(), e.getMessage());
    }
  }

  private void finish() {
    if (target != null && !ToolValidator.TARGET_NAME.matcher(target).matches()) {
      reporter.report(
          tools.values().iterator().next().method().getEnclosingElement(),
          Messages.TARGET_NAME_INVALID,
          target);
    }
    Element anyClass = tools.values().iterator().next().method().getEnclosingElement();
    if (tools.size() > GatewayLimits.MAX_TOOLS_PER_TARGET) {
      reporter.report(anyClass, Messages.TOO_MANY_TOOLS, tools.size());
    }
    ArrayNode payload = SchemaWriter.inlinePayload(List.copyOf(tools.values()));
    int size = SchemaWriter.compactSize(payload);
    if (size > GatewayLimits.MAX_INLINE_SCHEMA_BYTES) {
      reporter.report(anyClass, Messages.SCHEMA_TOO_LARGE, size);
    }
    if (reporter.errorCount() > 0) {
      return;
    }
    Element[] origins =
        tools.values().stream()
            .map(t -> t.method().getEnclosingElement())
            .distinct()
            .toArray(Element[]::new);
    writeResource(SchemaDialect.SCHEMA_RESOURCE, SchemaWriter.toJson(payload), origins);
    writeResource(
        SchemaDialect.CLOUDFORMATION_SCHEMA_RESOURCE,
        SchemaWriter.toJson(SchemaWriter.cloudFormation(payload)),
        origins);
  }

  private void writeResource(String path, String content, Element[] origins) {
    try {
      FileObject file =
          processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (Writer writer =
          new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        writer.write(content);
      }
    } catch (IOException e) {
      reporter.report(origins[0], Messages.IO_ERROR, path, e.getMessage());
    }
  }
}
