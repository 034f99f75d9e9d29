package dev.toolwright.processor.validation;

import dev.toolwright.gateway.GatewayNames;
import dev.toolwright.internal.StringFormat;
import dev.toolwright.processor.Messages;
import dev.toolwright.processor.ToolProcessor;
import dev.toolwright.processor.model.Annotations;
import dev.toolwright.processor.model.Javadoc;
import dev.toolwright.processor.model.Origins;
import dev.toolwright.processor.model.ParameterModel;
import dev.toolwright.processor.model.PropertyModel;
import dev.toolwright.processor.model.ToolClassModel;
import dev.toolwright.processor.model.ToolModel;
import dev.toolwright.processor.model.TypeModel;
import dev.toolwright.processor.model.TypeResolver;
import dev.toolwright.processor.model.UnsupportedTypeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks {@code @Tool} methods and their classes and turns them into {@link ToolModel}s, reporting
 * every problem it finds rather than stopping at the first.
 */
public final class ToolValidator {

  /** Tool names the gateway and the model APIs behind agents accept. */
  public static final Pattern TOOL_NAME = Pattern.compile(GatewayNames.TOOL_NAME_PATTERN);

  /** Gateway target names: letters, digits and single hyphens. */
  public static final Pattern TARGET_NAME = Pattern.compile(GatewayNames.TARGET_NAME_PATTERN);

  private static final String LAMBDA_CONTEXT = "com.amazonaws.services.lambda.runtime.Context";
  private static final String GATEWAY_CONTEXT = "dev.toolwright.GatewayContext";

  private final Elements elements;
  private final Types types;
  private final TypeResolver resolver;
  private final Reporter reporter;

  /** {@code -Atoolwright.outputSchema=true}: every tool lists its {@code outputSchema}. */
  private final boolean outputSchemas;

  private final Origins origins;

  /** Class-file types already checked, so each is warned about once per compilation. */
  private final Set<String> classFileTypes = new HashSet<>();

  public ToolValidator(ProcessingEnvironment env, TypeResolver resolver, Reporter reporter) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.outputSchemas =
        Boolean.parseBoolean(env.getOptions().get(ToolProcessor.OUTPUT_SCHEMA_OPTION));
    this.resolver = resolver;
    this.reporter = reporter;
    this.origins = new Origins(env);
  }

  /** Checks a class and its tools; null when anything was wrong. */
  public ToolClassModel validateClass(TypeElement type, List<ExecutableElement> methods) {
    int errorsBefore = reporter.errorCount();
    if (origins.fromClassFile(type)) {
      reporter.report(type, Messages.TOOL_CLASS_FILE, type.getQualifiedName());
      return null;
    }
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      for (ExecutableElement method : methods) {
        reporter.report(
            method,
            Messages.TOOL_CLASS_KIND,
            signature(method),
            type.getKind().toString().toLowerCase(Locale.ROOT) + " " + type.getQualifiedName());
      }
      return null;
    }
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        reporter.report(type, Messages.TOOL_CLASS_PRIVATE, type.getQualifiedName());
        break;
      }
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS
        || (type.getNestingKind() == NestingKind.MEMBER
            && !type.getModifiers().contains(Modifier.STATIC)
            && type.getKind() == ElementKind.CLASS)) {
      reporter.report(type, Messages.TOOL_CLASS_INNER, type.getQualifiedName());
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.report(type, Messages.TOOL_CLASS_GENERIC, type.getQualifiedName());
    }
    List<ToolModel> tools = new ArrayList<>();
    for (ExecutableElement method : methods) {
      ToolModel tool = validateMethod(method);
      if (tool != null) {
        tools.add(tool);
      }
    }
    if (reporter.errorCount() > errorsBefore) {
      return null;
    }
    tools.sort((a, b) -> a.name().compareTo(b.name()));
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String binaryTail = elements.getBinaryName(type).toString();
    binaryTail =
        packageName.isEmpty() ? binaryTail : binaryTail.substring(packageName.length() + 1);
    String dispatcherName = binaryTail.replace('$', '_') + "_ToolDispatcher";
    return new ToolClassModel(
        type, packageName, dispatcherName, hasNoArgConstructor(type), List.copyOf(tools));
  }

  private static boolean hasNoArgConstructor(TypeElement type) {
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  private ToolModel validateMethod(ExecutableElement method) {
    int errorsBefore = reporter.errorCount();
    String signature = signature(method);
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.report(method, Messages.TOOL_PRIVATE, signature);
    }
    if (method.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.report(method, Messages.TOOL_ABSTRACT, signature);
    }
    if (!method.getTypeParameters().isEmpty()) {
      reporter.report(method, Messages.TOOL_GENERIC, signature);
    }
    String name =
        Annotations.string(method, Annotations.TOOL, "name")
            .orElseGet(() -> snakeCase(method.getSimpleName().toString()));
    if (!TOOL_NAME.matcher(name).matches()) {
      reporter.report(
          method, Annotations.TOOL, "name", Messages.TOOL_NAME_INVALID, name, signature);
    }
    Javadoc doc = Javadoc.parse(elements.getDocComment(method));
    String description =
        Annotations.string(method, Annotations.TOOL, "description")
            .map(String::trim)
            .orElse(doc.description());
    if (description.isBlank()) {
      reporter.report(
          method, Annotations.TOOL, "description", Messages.DESCRIPTION_MISSING, signature);
    } else if (normalise(description).equals(normalise(name))
        || normalise(description).equals(normalise(method.getSimpleName().toString()))) {
      reporter.report(
          method, Annotations.TOOL, "description", Messages.DESCRIPTION_REPEATS_NAME, signature);
    }

    List<ParameterModel> parameters = new ArrayList<>();
    Set<String> jsonNames = new HashSet<>();
    for (VariableElement parameter : method.getParameters()) {
      ParameterModel model = parameter(method, parameter, doc, signature);
      if (model == null) {
        continue;
      }
      if (model.property() != null && !jsonNames.add(model.property().jsonName())) {
        reporter.report(
            parameter,
            Annotations.TOOL_PARAM,
            "name",
            Messages.PARAM_NAME_DUPLICATE,
            model.property().jsonName(),
            signature);
      }
      parameters.add(model);
    }
    boolean listed =
        outputSchemas
            || Annotations.find(method, Annotations.TOOL)
                .flatMap(tool -> Annotations.value(tool, "outputSchema"))
                .map(Boolean.TRUE::equals)
                .orElse(false);
    ToolModel.ResultModel result = result(method, signature, doc.returns(), listed);
    if (reporter.errorCount() > errorsBefore) {
      return null;
    }
    String primeWith = Annotations.string(method, Annotations.TOOL, "primeWith").orElse(null);
    ToolModel tool =
        new ToolModel(name, description, method, List.copyOf(parameters), result, primeWith);
    if (primeWith != null) {
      String problem = SampleArguments.problem(primeWith, tool.arguments());
      if (problem != null) {
        reporter.report(
            method, Annotations.TOOL, "primeWith", Messages.PRIME_WITH_INVALID, signature, problem);
        return null;
      }
    }
    return tool;
  }

  private ParameterModel parameter(
      ExecutableElement method, VariableElement parameter, Javadoc doc, String signature) {
    TypeMirror type = parameter.asType();
    if (type.getKind() == TypeKind.DECLARED) {
      String typeName = ((TypeElement) types.asElement(type)).getQualifiedName().toString();
      if (typeName.equals(LAMBDA_CONTEXT)) {
        return new ParameterModel(parameter, ParameterModel.Injection.LAMBDA_CONTEXT, null);
      }
      if (typeName.equals(GATEWAY_CONTEXT)) {
        return new ParameterModel(parameter, ParameterModel.Injection.GATEWAY_CONTEXT, null);
      }
    }
    String javaName = parameter.getSimpleName().toString();
    String jsonName =
        Annotations.string(parameter, Annotations.TOOL_PARAM, "name").orElse(javaName);
    if (jsonName.isBlank() || jsonName.startsWith("__")) {
      reporter.report(
          parameter,
          Annotations.TOOL_PARAM,
          "name",
          Messages.PARAM_NAME_INVALID,
          jsonName,
          signature);
      return null;
    }
    String description =
        Annotations.string(parameter, Annotations.TOOL_PARAM, "description")
            .orElse(doc.param(javaName));
    String defaultValue =
        Annotations.find(parameter, Annotations.TOOL_PARAM)
            .flatMap(m -> Annotations.value(m, "defaultValue"))
            .map(Object::toString)
            .filter(v -> !v.equals(dev.toolwright.ToolParam.NO_DEFAULT))
            .orElse(null);
    String where = "Parameter '" + javaName + "' of " + signature;
    PropertyModel property;
    try {
      property =
          resolver.property(
              jsonName,
              type,
              parameter,
              TypeResolver.Direction.INPUT,
              jsonName,
              description,
              defaultValue);
    } catch (UnsupportedTypeException e) {
      reporter.report(
          parameter,
          Messages.PARAM_UNSUPPORTED,
          where,
          e.problem() + " at '" + e.path() + "'",
          e.fix());
      return null;
    }
    checkDefaults(parameter, parameter, property, jsonName, where);
    checkClassFileTypes(parameter, property.type(), jsonName, where);
    return new ParameterModel(parameter, ParameterModel.Injection.NONE, property);
  }

  /**
   * Checks the defaults of a property and of everything nested in it. A bad default is reported on
   * the {@code @ToolParam(defaultValue)} of {@code site}, the element that declares it, when that
   * is known (the parameter itself, or a record component or field in a source file); else on the
   * parameter, with the path in the message.
   */
  private void checkDefaults(
      Element parameter, Element site, PropertyModel property, String path, String where) {
    if (property.defaultValue() != null) {
      String what = where + (path.contains(".") ? " at '" + path + "'" : "");
      Element reportOn = site != null ? site : parameter;
      if (property.optionality() != PropertyModel.Optionality.NONE) {
        reportDefault(reportOn, site != null, Messages.DEFAULT_ON_OPTIONAL, what);
      } else {
        checkDefault(reportOn, site != null, property.type(), property.defaultValue(), what);
      }
    }
    TypeModel type = property.type();
    while (type instanceof TypeModel.ArrayType || type instanceof TypeModel.MapType) {
      type =
          type instanceof TypeModel.ArrayType
              ? ((TypeModel.ArrayType) type).element()
              : ((TypeModel.MapType) type).value();
    }
    if (type instanceof TypeModel.ObjectType) {
      TypeElement owner = (TypeElement) types.asElement(type.type());
      for (PropertyModel child : ((TypeModel.ObjectType) type).properties()) {
        checkDefaults(
            parameter, defaultSite(owner, child), child, path + "." + child.jsonName(), where);
      }
    }
  }

  /**
   * The field, record component or method of a source type whose {@code @ToolParam} declares a
   * property's default, when exactly one does; null otherwise (and for types from class files,
   * which have no source to point at).
   */
  private Element defaultSite(TypeElement owner, PropertyModel property) {
    if (property.defaultValue() == null || owner == null || origins.fromClassFile(owner)) {
      return null;
    }
    List<Element> declaring = new ArrayList<>();
    List<Element> named = new ArrayList<>();
    for (Element member : owner.getEnclosedElements()) {
      List<Element> candidates = new ArrayList<>(List.of(member));
      if (member instanceof ExecutableElement) {
        candidates.addAll(((ExecutableElement) member).getParameters());
      }
      for (Element candidate : candidates) {
        boolean declares =
            Annotations.find(candidate, Annotations.TOOL_PARAM)
                .flatMap(m -> Annotations.value(m, "defaultValue"))
                .filter(v -> v.toString().equals(property.defaultValue()))
                .isPresent();
        if (!declares) {
          continue;
        }
        declaring.add(candidate);
        String name =
            Annotations.string(candidate, Annotations.JSON_PROPERTY, "value")
                .orElse(candidate.getSimpleName().toString());
        if (name.equals(property.jsonName())) {
          named.add(candidate);
        }
      }
    }
    // A record component's annotation is copied to its field, accessor and constructor parameter:
    // the field is the one javac can place in the source.
    named.removeIf(
        e ->
            e.getKind() != ElementKind.FIELD
                && named.stream()
                    .anyMatch(
                        f ->
                            f.getKind() == ElementKind.FIELD
                                && f.getSimpleName().contentEquals(e.getSimpleName())));
    if (named.size() == 1) {
      return named.get(0);
    }
    return declaring.size() == 1 ? declaring.get(0) : null;
  }

  /**
   * Warns, once per type, about records and classes read from a class file whose properties have no
   * description (their Javadoc is gone, and only annotations can describe them), or whose type-use
   * annotations this javac cannot read.
   */
  private void checkClassFileTypes(Element reportOn, TypeModel type, String path, String where) {
    while (type instanceof TypeModel.ArrayType || type instanceof TypeModel.MapType) {
      path += type instanceof TypeModel.ArrayType ? "[]" : "[*]";
      type =
          type instanceof TypeModel.ArrayType
              ? ((TypeModel.ArrayType) type).element()
              : ((TypeModel.MapType) type).value();
    }
    if (!(type instanceof TypeModel.ObjectType)) {
      return;
    }
    TypeModel.ObjectType object = (TypeModel.ObjectType) type;
    TypeElement element = (TypeElement) types.asElement(object.type());
    String usedBy =
        "used by "
            + Character.toLowerCase(where.charAt(0))
            + where.substring(1)
            + (path.contains(".") || path.contains("[") ? " at '" + path + "'" : "");
    if (origins.fromClassFile(element) && classFileTypes.add(object.qualifiedName())) {
      if (origins.hasUnreadTypeAnnotations(element)) {
        reporter.report(
            reportOn, Messages.TYPE_USE_FROM_CLASS_FILE, object.qualifiedName(), usedBy);
      }
      List<String> undescribed = new ArrayList<>();
      for (PropertyModel property : object.properties()) {
        boolean typeDescribes =
            property.type() instanceof TypeModel.ObjectType
                && !((TypeModel.ObjectType) property.type()).description().isEmpty();
        if (property.description().isEmpty() && !typeDescribes) {
          undescribed.add("'" + property.jsonName() + "'");
        }
      }
      if (!undescribed.isEmpty()) {
        String what =
            (undescribed.size() == 1
                ? "property " + undescribed.get(0) + " has"
                : "properties " + String.join(", ", undescribed) + " have");
        reporter.report(
            reportOn, Messages.TYPE_FROM_CLASS_FILE, object.qualifiedName(), what, usedBy);
      }
    }
    for (PropertyModel child : object.properties()) {
      checkClassFileTypes(reportOn, child.type(), path + "." + child.jsonName(), where);
    }
  }

  private void reportDefault(Element reportOn, boolean own, Messages message, Object... args) {
    if (own) {
      reporter.report(reportOn, Annotations.TOOL_PARAM, "defaultValue", message, args);
    } else {
      reporter.report(reportOn, message, args);
    }
  }

  private void checkDefault(
      Element reportOn, boolean own, TypeModel type, String value, String what) {
    String trimmed = value.trim();
    if (type instanceof TypeModel.Scalar) {
      try {
        switch (((TypeModel.Scalar) type).kind()) {
          case STRING:
            return;
          case CHAR:
            if (value.length() != 1) {
              reportDefault(
                  reportOn,
                  own,
                  Messages.DEFAULT_INVALID,
                  value,
                  what,
                  "single character",
                  "write one character.");
            }
            return;
          case BOOLEAN:
            if (!trimmed.equals("true") && !trimmed.equals("false")) {
              reportDefault(
                  reportOn,
                  own,
                  Messages.DEFAULT_INVALID,
                  value,
                  what,
                  "boolean",
                  "write true or false.");
            }
            return;
          case BYTE:
            range(reportOn, own, value, what, Byte.MIN_VALUE, Byte.MAX_VALUE);
            return;
          case SHORT:
            range(reportOn, own, value, what, Short.MIN_VALUE, Short.MAX_VALUE);
            return;
          case INT:
            range(reportOn, own, value, what, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return;
          case LONG:
            range(reportOn, own, value, what, Long.MIN_VALUE, Long.MAX_VALUE);
            return;
          case BIG_INTEGER:
            new BigInteger(trimmed);
            return;
          case FLOAT:
            // A default beyond float's range would become Infinity when the method reads it.
            if (Float.isInfinite(Float.parseFloat(trimmed)) || trimmed.contains("N")) {
              throw new NumberFormatException();
            }
            return;
          case DOUBLE:
            if (Double.isInfinite(Double.parseDouble(trimmed)) || trimmed.contains("N")) {
              throw new NumberFormatException();
            }
            return;
          case BIG_DECIMAL:
            new BigDecimal(trimmed);
            return;
          default:
            return;
        }
      } catch (NumberFormatException e) {
        reportDefault(
            reportOn,
            own,
            Messages.DEFAULT_INVALID,
            value,
            what,
            type.schemaType(),
            "write a number such as 3 or 2.5.");
        return;
      }
    }
    if (type instanceof TypeModel.Formatted) {
      StringFormat format = ((TypeModel.Formatted) type).format();
      if (!format.accepts(value)) {
        reportDefault(
            reportOn,
            own,
            Messages.DEFAULT_INVALID,
            value,
            what,
            format.hint(),
            "write a value in that format.");
      }
      return;
    }
    if (type instanceof TypeModel.EnumType) {
      List<String> values = ((TypeModel.EnumType) type).wireValues();
      if (!values.contains(value)) {
        reportDefault(
            reportOn,
            own,
            Messages.DEFAULT_INVALID,
            value,
            what,
            "value",
            "write one of: " + String.join(", ", values) + ".");
      }
      return;
    }
    reportDefault(reportOn, own, Messages.DEFAULT_UNSUPPORTED, what);
  }

  private void range(Element reportOn, boolean own, String value, String what, long min, long max) {
    try {
      long parsed = Long.parseLong(value.trim());
      if (parsed < min || parsed > max) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      reportDefault(
          reportOn,
          own,
          Messages.DEFAULT_INVALID,
          value,
          what,
          "integer",
          "write a whole number from " + min + " to " + max + ".");
    }
  }

  private ToolModel.ResultModel result(
      ExecutableElement method, String signature, String description, boolean listed) {
    TypeMirror returnType = method.getReturnType();
    if (returnType.getKind() == TypeKind.VOID) {
      return new ToolModel.ResultModel(ToolModel.ResultModel.Kind.VOID, null, false, "", false);
    }
    String where = "Return type of " + signature;
    try {
      TypeResolver.Unwrapped unwrapped = resolver.unwrap(returnType, method, "result");
      TypeModel type = resolver.resolve(unwrapped.type(), TypeResolver.Direction.OUTPUT, "result");
      boolean optional =
          unwrapped.optionality() != PropertyModel.Optionality.NONE
              && unwrapped.optionality() != PropertyModel.Optionality.NULLABLE;
      checkClassFileTypes(method, type, "result", where);
      boolean object =
          (type instanceof TypeModel.ObjectType || type instanceof TypeModel.MapType) && !optional;
      return new ToolModel.ResultModel(
          object ? ToolModel.ResultModel.Kind.OBJECT : ToolModel.ResultModel.Kind.WRAPPED,
          type,
          optional,
          description,
          listed);
    } catch (UnsupportedTypeException e) {
      reporter.report(
          method,
          Messages.PARAM_UNSUPPORTED,
          where,
          e.problem() + " at '" + e.path() + "'",
          e.fix());
      return null;
    }
  }

  /**
   * {@code lookupOrder} is {@code lookup_order}; {@code getHTTPStatus} is {@code get_http_status}.
   */
  public static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean boundary =
            i > 0
                && (Character.isLowerCase(name.charAt(i - 1))
                    || Character.isDigit(name.charAt(i - 1))
                    || (Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1))));
        if (boundary && sb.charAt(sb.length() - 1) != '_') {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** {@code OrderTools.lookupOrder(String,boolean)}, as messages name a method. */
  public String signature(ExecutableElement method) {
    String params =
        method.getParameters().stream()
            .map(p -> simpleTypeName(types.erasure(p.asType())))
            .collect(Collectors.joining(","));
    return method.getEnclosingElement().getSimpleName()
        + "."
        + method.getSimpleName()
        + "("
        + params
        + ")";
  }

  private static String simpleTypeName(TypeMirror type) {
    String s = type.toString();
    int lt = s.indexOf('<');
    String base = lt < 0 ? s : s.substring(0, lt);
    return base.substring(base.lastIndexOf('.') + 1);
  }
}
