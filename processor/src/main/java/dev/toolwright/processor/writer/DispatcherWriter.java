package dev.toolwright.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.toolwright.processor.model.ParameterModel;
import dev.toolwright.processor.model.PropertyModel;
import dev.toolwright.processor.model.ScalarKind;
import dev.toolwright.processor.model.ToolClassModel;
import dev.toolwright.processor.model.ToolModel;
import dev.toolwright.processor.model.TypeModel;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Writes {@code <Class>_ToolDispatcher}: one {@code case} per tool, sorted by name, that checks the
 * arguments against the tool's {@code Shape} and calls the method with typed reads, and one that
 * writes its result. Records, POJOs, enums, collections and maps are read and written by static
 * methods generated from the same {@link TypeModel} as the schema (no databind, no reflection, no
 * lambdas); a type {@link Codecs} routes to the databind fallback is read through a {@code Binding}
 * and written by Jackson. The shapes are static fields built once.
 */
public final class DispatcherWriter {

  static final String PROCESSOR = "dev.toolwright.processor.ToolProcessor";

  /**
   * The runtime interface version ({@code dev.toolwright.internal.Abi.VERSION}) this writer
   * generates for.
   */
  static final int ABI_VERSION = 3;

  private static final String INTERNAL = "dev.toolwright.internal";
  private static final ClassName SHAPE = ClassName.get(INTERNAL, "Shape");
  private static final ClassName STRING_FORMAT = ClassName.get(INTERNAL, "StringFormat");
  private static final ClassName BINDING = ClassName.get(INTERNAL, "Binding");
  private static final ClassName TOOL_ARGUMENTS = ClassName.get(INTERNAL, "ToolArguments");
  private static final ClassName TOOL_RESULT = ClassName.get(INTERNAL, "ToolResult");
  private static final ClassName PRIMER = ClassName.get(INTERNAL, "Primer");
  private static final ClassName JSON_VALUE = ClassName.get(INTERNAL, "JsonValue");
  private static final ClassName JSON_OUT = ClassName.get(INTERNAL, "JsonOut");
  private static final ClassName JSON_OUT_NAME = JSON_OUT.nestedClass("Name");
  private static final ClassName ABI = ClassName.get(INTERNAL, "Abi");
  private static final ClassName TOOL_DISPATCHER =
      ClassName.get("dev.toolwright", "ToolDispatcher");
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  /** The key prefix of the property name constants' fields. */
  private static final String NAME_KEY = "name:";

  private final ToolClassModel model;
  private final ClassName target;
  private final NameAllocator names = new NameAllocator();
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
  private final Map<String, String> fieldNames = new LinkedHashMap<>();
  private final Map<String, MethodSpec> methods = new LinkedHashMap<>();
  private final Map<String, String> methodNames = new LinkedHashMap<>();

  /** Types the generated code leaves to databind, with the reason (for the processor's notes). */
  private final Map<String, String> fallbacks = new LinkedHashMap<>();

  private DispatcherWriter(ToolClassModel model) {
    this.model = model;
    this.target = ClassName.get(model.element());
    for (String reserved :
        List.of(
            "target",
            "arguments",
            "toolName",
            "TOOL_NAMES",
            "result",
            "out",
            "primer",
            "dispatch",
            "prime",
            "writeResult",
            "toolNames",
            "toolClassName",
            "abiVersion",
            "primingArguments")) {
      names.newName(reserved, reserved);
    }
  }

  /** The generated source file of one tool class. */
  public static JavaFile write(ToolClassModel model) {
    return new DispatcherWriter(model).file();
  }

  /** The generated source file, and the types it leaves to databind with the reason for each. */
  public static Map<String, String> write(
      ToolClassModel model, javax.annotation.processing.Filer filer) throws java.io.IOException {
    DispatcherWriter writer = new DispatcherWriter(model);
    writer.file().writeTo(filer);
    return writer.fallbacks;
  }

  private JavaFile file() {
    List<String> toolNames = new ArrayList<>();
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (toolName)");
    CodeBlock.Builder primeCases = CodeBlock.builder().beginControlFlow("switch (toolName)");
    CodeBlock.Builder writeCases = CodeBlock.builder().beginControlFlow("switch (toolName)");
    for (ToolModel tool : model.tools()) {
      toolNames.add(tool.name());
      cases.add(toolCase(tool));
      primeCases.add(primeCase(tool));
      writeCases.add(writeCase(tool));
    }
    writeCases.add("default:\n").indent().addStatement("return false").unindent().endControlFlow();
    primeCases.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    cases
        .add("default:\n")
        .indent()
        .addStatement(
            "throw new $T($S + toolName + $S + $N)",
            IllegalArgumentException.class,
            "Not a tool of " + target.simpleName() + ": ",
            ", not one of ",
            "TOOL_NAMES")
        .unindent()
        .endControlFlow();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.dispatcherName())
            .addAnnotation(
                AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(TOOL_DISPATCHER)
            .addOriginatingElement(model.element())
            .addJavadoc(
                "Calls the {@code @Tool} methods of {@link $T} by tool name. Generated; do not edit.\n",
                target);

    CodeBlock.Builder namesList = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < toolNames.size(); i++) {
      namesList.add(i == 0 ? "$S" : ", $S", toolNames.get(i));
    }
    namesList.add(")");
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(List.class, String.class),
                "TOOL_NAMES",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(namesList.build())
            .build());
    // the shapes (and the other constants) first, in the order they were needed, then the names
    fields.forEach(
        (key, field) -> {
          if (!key.startsWith(NAME_KEY)) {
            type.addField(field);
          }
        });
    fields.forEach(
        (key, field) -> {
          if (key.startsWith(NAME_KEY)) {
            type.addField(field);
          }
        });
    type.addField(target, "target", Modifier.PRIVATE, Modifier.FINAL);

    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Calls the tools on the given instance.\n")
            .addParameter(target, "target")
            .addStatement(
                "this.target = $T.requireNonNull(target, $S)", java.util.Objects.class, "target")
            .build());
    if (model.hasNoArgConstructor()) {
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("Calls the tools on a new {@link $T}.\n", target)
              .addStatement("this(new $T())", target)
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("toolClassName")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement(
                "return $S",
                target.reflectionName()) // the binary name, as ToolDispatcher documents
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toolNames")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(List.class, String.class))
            .addStatement("return TOOL_NAMES")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("abiVersion")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return $L", ABI_VERSION)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("dispatch")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(String.class, "toolName")
            .addParameter(TOOL_ARGUMENTS, "arguments")
            .addException(Exception.class)
            .addCode(cases.build())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("prime")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(String.class, "toolName")
            .addParameter(PRIMER, "primer")
            .addException(Exception.class)
            .addCode(primeCases.build())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("writeResult")
            .addAnnotation(Override.class)
            .addAnnotation(
                AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "$S", "unchecked")
                    .build())
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(String.class, "toolName")
            .addParameter(Object.class, "result")
            .addParameter(JSON_OUT, "out")
            .addException(java.io.IOException.class)
            .addCode(writeCases.build())
            .build());
    if (model.tools().stream().anyMatch(t -> t.primeWith() != null)) {
      CodeBlock.Builder samples = CodeBlock.builder().beginControlFlow("switch (toolName)");
      for (ToolModel tool : model.tools()) {
        if (tool.primeWith() != null) {
          samples.addStatement("case $S: return $S", tool.name(), tool.primeWith());
        }
      }
      samples.addStatement("default: return null").endControlFlow();
      type.addMethod(
          MethodSpec.methodBuilder("primingArguments")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addParameter(String.class, "toolName")
              .addCode(samples.build())
              .build());
    }
    // readers and writers are generated while the cases above are: add them last, in that order
    methods.entrySet().stream()
        .filter(e -> e.getKey().startsWith("read:"))
        .forEach(e -> type.addMethod(e.getValue()));
    methods.entrySet().stream()
        .filter(e -> e.getKey().startsWith("write:"))
        .forEach(e -> type.addMethod(e.getValue()));
    return JavaFile.builder(model.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * The priming of one tool: the same checks and reads as its {@code dispatch} case on synthetic
   * arguments, and a synthetic value of the result's shape written as an answer would be, but no
   * call.
   */
  private CodeBlock primeCase(ToolModel tool) {
    CodeBlock.Builder block =
        CodeBlock.builder()
            .add("case $S: {\n", tool.name())
            .indent()
            .addStatement("$T arguments = primer.arguments($N)", TOOL_ARGUMENTS, inputShape(tool));
    for (ParameterModel parameter : tool.parameters()) {
      block.addStatement("$L", read(parameter));
    }
    TypeModel resultType = tool.result().type();
    if (resultType instanceof TypeModel.ObjectType
        || resultType instanceof TypeModel.ArrayType
        || resultType instanceof TypeModel.MapType) {
      block.addStatement(
          "primer.result($L, $L)",
          shape(resultType),
          tool.result().kind() == ToolModel.ResultModel.Kind.WRAPPED);
    }
    return block.addStatement("break").unindent().add("}\n").build();
  }

  private CodeBlock toolCase(ToolModel tool) {
    String input = inputShape(tool);
    CodeBlock.Builder call = CodeBlock.builder();
    boolean isStatic = tool.method().getModifiers().contains(Modifier.STATIC);
    call.add(
        isStatic ? "$T.$N(" : "target.$N(",
        isStatic
            ? new Object[] {target, tool.method().getSimpleName().toString()}
            : new Object[] {tool.method().getSimpleName().toString()});
    List<ParameterModel> parameters = tool.parameters();
    if (parameters.size() > 1) {
      call.add("\n");
    }
    for (int i = 0; i < parameters.size(); i++) {
      call.add(read(parameters.get(i)));
      if (i < parameters.size() - 1) {
        call.add(",\n");
      }
    }
    call.add(")");
    CodeBlock.Builder block =
        CodeBlock.builder()
            .add("case $S: {\n", tool.name())
            .indent()
            .addStatement("arguments.check($N)", input);
    switch (tool.result().kind()) {
      case VOID:
        block.addStatement("$L", call.build()).addStatement("return $T.VOID", TOOL_RESULT);
        break;
      case OBJECT:
        block.addStatement("return $L", call.build());
        break;
      case WRAPPED:
        block.addStatement("return $T.wrap($L)", TOOL_RESULT, call.build());
        break;
      default:
        throw new AssertionError(tool.result().kind());
    }
    return block.unindent().add("}\n").build();
  }

  /**
   * How one tool's result is written: {@code result} is what {@code dispatch} returned (a wrapped
   * value already unwrapped), never null.
   */
  private CodeBlock writeCase(ToolModel tool) {
    ToolModel.ResultModel result = tool.result();
    CodeBlock.Builder block = CodeBlock.builder().add("case $S: {\n", tool.name()).indent();
    if (result.kind() == ToolModel.ResultModel.Kind.VOID) {
      return block.addStatement("return true").unindent().add("}\n").build();
    }
    TypeMirror returnType = tool.method().getReturnType();
    if (result.optional()) {
      String optional = qualifiedName(returnType);
      if (optional.equals("java.util.Optional")) {
        TypeMirror inner = ((DeclaredType) returnType).getTypeArguments().get(0);
        block.addStatement(
            "$T value = ($T) result",
            TypeName.get(returnType).withoutAnnotations(),
            TypeName.get(returnType).withoutAnnotations());
        block
            .beginControlFlow("if (value.isPresent())")
            .addStatement("$L", write(result.type(), CodeBlock.of("value.get()"), inner))
            .nextControlFlow("else")
            .addStatement("out.nullValue()")
            .endControlFlow();
      } else {
        String getter =
            optional.endsWith("Int")
                ? "getAsInt"
                : optional.endsWith("Long") ? "getAsLong" : "getAsDouble";
        block.addStatement(
            "$T value = ($T) result", ClassName.bestGuess(optional), ClassName.bestGuess(optional));
        block
            .beginControlFlow("if (value.isPresent())")
            .addStatement("out.number(value.$L())", getter)
            .nextControlFlow("else")
            .addStatement("out.nullValue()")
            .endControlFlow();
      }
      return block.addStatement("return true").unindent().add("}\n").build();
    }
    TypeName boxed = TypeName.get(returnType).withoutAnnotations().box();
    block.addStatement(
        "$L", write(result.type(), CodeBlock.of("(($T) result)", boxed), returnType));
    return block.addStatement("return true").unindent().add("}\n").build();
  }

  private CodeBlock read(ParameterModel parameter) {
    switch (parameter.injection()) {
      case LAMBDA_CONTEXT:
        return CodeBlock.of("arguments.lambdaContext()");
      case GATEWAY_CONTEXT:
        return CodeBlock.of("arguments.gatewayContext()");
      default:
        break;
    }
    PropertyModel property = parameter.property();
    String name = property.jsonName();
    TypeModel type = property.type();
    switch (property.optionality()) {
      case OPTIONAL_INT:
        return CodeBlock.of("arguments.optionalInt($S)", name);
      case OPTIONAL_LONG:
        return CodeBlock.of("arguments.optionalLong($S)", name);
      case OPTIONAL_DOUBLE:
        return CodeBlock.of("arguments.optionalDouble($S)", name);
      case OPTIONAL:
        if (isString(type)) {
          return CodeBlock.of(
              "$T.ofNullable(arguments.string($S))", java.util.Optional.class, name);
        }
        if (fallback(type, true) != null) {
          return CodeBlock.of("arguments.optional($S, $N)", name, binding(type.type()));
        }
        return CodeBlock.of(
            "$T.ofNullable($N(arguments.member($S)))",
            java.util.Optional.class,
            reader(type),
            name);
      default:
        break;
    }
    TypeMirror mirror = type.type();
    if (mirror.getKind().isPrimitive()) {
      String method =
          mirror.getKind() == TypeKind.BOOLEAN
              ? "booleanValue"
              : mirror.getKind().name().toLowerCase(Locale.ROOT) + "Value";
      return CodeBlock.of("arguments.$L($S)", method, name);
    }
    if (isString(type)) {
      return CodeBlock.of("arguments.string($S)", name);
    }
    if (type instanceof TypeModel.Scalar && ((TypeModel.Scalar) type).kind() == ScalarKind.CHAR) {
      return CodeBlock.of("arguments.character($S)", name);
    }
    if (fallback(type, true) != null) {
      return CodeBlock.of("arguments.value($S, $N)", name, binding(mirror));
    }
    return CodeBlock.of("$N(arguments.member($S))", reader(type), name);
  }

  // ------------------------------------------------------------------------------ readers

  /** Why a type goes to the databind fallback (remembered for the processor's note), or null. */
  private String fallback(TypeModel type, boolean input) {
    String reason = Codecs.fallbackReason(type, model.packageName(), input);
    if (reason != null) {
      fallbacks.put(type.type().toString(), reason);
    }
    return reason;
  }

  /** The expression of a checked, non-null JSON value {@code json} read as a value of the type. */
  private CodeBlock readValue(TypeModel type, CodeBlock json) {
    if (type instanceof TypeModel.Scalar) {
      switch (((TypeModel.Scalar) type).kind()) {
        case STRING:
          return CodeBlock.of("$L.text()", json);
        case CHAR:
          return CodeBlock.of("$L.charValue()", json);
        case BOOLEAN:
          return CodeBlock.of("$L.booleanValue()", json);
        case BYTE:
          return CodeBlock.of("$L.byteValue()", json);
        case SHORT:
          return CodeBlock.of("$L.shortValue()", json);
        case INT:
          return CodeBlock.of("$L.intValue()", json);
        case LONG:
          return CodeBlock.of("$L.longValue()", json);
        case BIG_INTEGER:
          return CodeBlock.of("$L.bigIntegerValue()", json);
        case FLOAT:
          return CodeBlock.of("$L.floatValue()", json);
        case DOUBLE:
          return CodeBlock.of("$L.doubleValue()", json);
        case BIG_DECIMAL:
          return CodeBlock.of("$L.decimalValue()", json);
        default:
          throw new AssertionError(type);
      }
    }
    if (type instanceof TypeModel.Formatted) {
      switch (((TypeModel.Formatted) type).format()) {
        case LOCAL_DATE:
          return CodeBlock.of("$L.localDate()", json);
        case LOCAL_TIME:
          return CodeBlock.of("$L.localTime()", json);
        case LOCAL_DATE_TIME:
          return CodeBlock.of("$L.localDateTime()", json);
        case OFFSET_DATE_TIME:
          return CodeBlock.of("$L.offsetDateTime()", json);
        case ZONED_DATE_TIME:
          return CodeBlock.of("$L.zonedDateTime()", json);
        case INSTANT:
          return CodeBlock.of("$L.instant()", json);
        case DURATION:
          return CodeBlock.of("$L.duration()", json);
        case PERIOD:
          return CodeBlock.of("$L.period()", json);
        case UUID_TEXT:
          return CodeBlock.of("$L.uuid()", json);
        case URI_TEXT:
          return CodeBlock.of("$L.uri()", json);
        case BASE64:
          return CodeBlock.of("$L.bytes()", json);
        default:
          throw new AssertionError(type);
      }
    }
    return CodeBlock.of("$N($L)", reader(type), json);
  }

  /**
   * The expression of a property {@code name} of the object {@code json}, absent allowed unless
   * required.
   */
  private CodeBlock readProperty(PropertyModel p, String json, TypeMirror declared) {
    TypeModel type = p.type();
    boolean present = p.required() || p.defaultValue() != null;
    CodeBlock member = CodeBlock.of("$N.member($S)", json, p.jsonName());
    switch (p.optionality()) {
      case OPTIONAL_INT:
        return CodeBlock.of(
            "$N.member($S) == null ? $T.empty() : $T.of($L)",
            json,
            p.jsonName(),
            java.util.OptionalInt.class,
            java.util.OptionalInt.class,
            readValue(type, member));
      case OPTIONAL_LONG:
        return CodeBlock.of(
            "$N.member($S) == null ? $T.empty() : $T.of($L)",
            json,
            p.jsonName(),
            java.util.OptionalLong.class,
            java.util.OptionalLong.class,
            readValue(type, member));
      case OPTIONAL_DOUBLE:
        return CodeBlock.of(
            "$N.member($S) == null ? $T.empty() : $T.of($L)",
            json,
            p.jsonName(),
            java.util.OptionalDouble.class,
            java.util.OptionalDouble.class,
            readValue(type, member));
      case OPTIONAL:
        return CodeBlock.of(
            "$T.ofNullable($N($L))", java.util.Optional.class, reader(type), member);
      default:
        break;
    }
    if (type.type().getKind().isPrimitive() || (present && isInline(type))) {
      return readValue(type, member);
    }
    return CodeBlock.of("$N($L)", reader(type), member);
  }

  private static boolean isInline(TypeModel type) {
    return type instanceof TypeModel.Scalar || type instanceof TypeModel.Formatted;
  }

  /** A null-safe static reader method for a type: {@code readX(JsonValue json)}. */
  private String reader(TypeModel type) {
    TypeMirror mirror = type.type();
    TypeName typeName = TypeName.get(mirror).withoutAnnotations().box();
    String key = "read:" + typeName;
    String existing = methodNames.get(key);
    if (existing != null) {
      return existing;
    }
    String name = names.newName("read" + describe(typeName), key);
    methodNames.put(key, name);
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(typeName)
            .addParameter(JSON_VALUE, "json");
    m.beginControlFlow("if (json == null)").addStatement("return null").endControlFlow();
    if (fallback(type, true) != null) {
      m.addStatement("return $T.fallback(json, $N)", ABI, binding(mirror));
    } else if (type instanceof TypeModel.Scalar || type instanceof TypeModel.Formatted) {
      m.addStatement("return $L", readValue(type, CodeBlock.of("json")));
    } else if (type instanceof TypeModel.EnumType) {
      enumReader(m, (TypeModel.EnumType) type, typeName);
    } else if (type instanceof TypeModel.ArrayType) {
      arrayReader(m, (TypeModel.ArrayType) type, mirror);
    } else if (type instanceof TypeModel.MapType) {
      mapReader(m, (TypeModel.MapType) type, mirror);
    } else {
      objectReader(m, (TypeModel.ObjectType) type, typeName);
    }
    methods.put(key, m.build());
    return name;
  }

  private void enumReader(MethodSpec.Builder m, TypeModel.EnumType type, TypeName typeName) {
    List<String> constants = enumConstants(type);
    m.beginControlFlow("switch (json.text())");
    for (int i = 0; i < constants.size(); i++) {
      m.addStatement("case $S: return $T.$N", type.wireValues().get(i), typeName, constants.get(i));
    }
    m.addStatement(
        "default: throw new $T($S + json.text())",
        IllegalArgumentException.class,
        "Not a value of " + simpleName(type.qualifiedName()) + ": ");
    m.endControlFlow();
  }

  private static List<String> enumConstants(TypeModel.EnumType type) {
    List<String> constants = new ArrayList<>();
    for (javax.lang.model.element.Element e :
        ((DeclaredType) type.type()).asElement().getEnclosedElements()) {
      if (e.getKind() == javax.lang.model.element.ElementKind.ENUM_CONSTANT) {
        constants.add(e.getSimpleName().toString());
      }
    }
    return constants;
  }

  private void arrayReader(MethodSpec.Builder m, TypeModel.ArrayType type, TypeMirror mirror) {
    TypeModel element = type.element();
    if (mirror.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) mirror).getComponentType();
      TypeName componentName = TypeName.get(component).withoutAnnotations();
      m.addStatement(
          "$T array = new $T[json.size()]",
          TypeName.get(mirror).withoutAnnotations(),
          componentName instanceof ParameterizedTypeName
              ? ((ParameterizedTypeName) componentName).rawType()
              : componentName);
      m.addStatement("int i = 0");
      m.beginControlFlow("for ($T item : json.elements())", JSON_VALUE)
          .addStatement("array[i++] = $L", readValue(element, CodeBlock.of("item")))
          .endControlFlow();
      m.addStatement("return array");
      return;
    }
    TypeName elementName =
        TypeName.get(((DeclaredType) mirror).getTypeArguments().get(0)).withoutAnnotations();
    ClassName concrete = collectionClass(qualifiedName(mirror));
    m.addStatement(
        "$T list = new $T<>($L)",
        TypeName.get(mirror).withoutAnnotations(),
        concrete,
        concrete.simpleName().equals("ArrayList") ? "json.size()" : "");
    m.beginControlFlow("for ($T item : json.elements())", JSON_VALUE)
        .addStatement("list.add($L)", readValue(element, CodeBlock.of("item")))
        .endControlFlow();
    m.addStatement("return list");
    elementName.toString();
  }

  /** The class Jackson creates for a declared collection type. */
  private static ClassName collectionClass(String declared) {
    switch (declared) {
      case "java.util.Set":
      case "java.util.HashSet":
        return ClassName.get("java.util", "HashSet");
      case "java.util.LinkedHashSet":
        return ClassName.get("java.util", "LinkedHashSet");
      case "java.util.SortedSet":
      case "java.util.NavigableSet":
      case "java.util.TreeSet":
        return ClassName.get("java.util", "TreeSet");
      case "java.util.LinkedList":
        return ClassName.get("java.util", "LinkedList");
      default:
        return ClassName.get("java.util", "ArrayList");
    }
  }

  private void mapReader(MethodSpec.Builder m, TypeModel.MapType type, TypeMirror mirror) {
    String declared = qualifiedName(mirror);
    ClassName concrete =
        declared.equals("java.util.HashMap")
            ? ClassName.get("java.util", "HashMap")
            : declared.equals("java.util.SortedMap")
                    || declared.equals("java.util.NavigableMap")
                    || declared.equals("java.util.TreeMap")
                ? ClassName.get("java.util", "TreeMap")
                : ClassName.get("java.util", "LinkedHashMap");
    m.addStatement("$T map = new $T<>()", TypeName.get(mirror).withoutAnnotations(), concrete);
    m.beginControlFlow(
            "for ($T<$T, $T> entry : json.entries().entrySet())",
            Map.Entry.class,
            String.class,
            JSON_VALUE)
        .addStatement(
            "map.put(entry.getKey(), $L)",
            readValue(type.value(), CodeBlock.of("entry.getValue()")))
        .endControlFlow();
    m.addStatement("return map");
  }

  private void objectReader(MethodSpec.Builder m, TypeModel.ObjectType type, TypeName typeName) {
    javax.lang.model.element.TypeElement element =
        (javax.lang.model.element.TypeElement) ((DeclaredType) type.type()).asElement();
    m.beginControlFlow("try");
    if (element.getKind() == javax.lang.model.element.ElementKind.RECORD) {
      CodeBlock.Builder call = CodeBlock.builder().add("return new $T(", typeName);
      List<? extends javax.lang.model.element.RecordComponentElement> components =
          element.getRecordComponents();
      if (components.size() > 1) {
        call.add("\n");
      }
      for (int i = 0; i < components.size(); i++) {
        javax.lang.model.element.RecordComponentElement component = components.get(i);
        PropertyModel p = propertyFrom(type, component);
        TypeMirror componentType =
            ((javax.lang.model.type.ExecutableType) component.getAccessor().asType())
                .getReturnType();
        call.add(p != null ? readProperty(p, "json", componentType) : absent(componentType));
        if (i < components.size() - 1) {
          call.add(",\n");
        }
      }
      m.addStatement("$L)", call.build());
    } else {
      javax.lang.model.element.ExecutableElement creator = null;
      for (javax.lang.model.element.ExecutableElement c :
          javax.lang.model.util.ElementFilter.constructorsIn(element.getEnclosedElements())) {
        if (c.getAnnotationMirrors().stream()
            .anyMatch(
                a ->
                    a.getAnnotationType()
                        .toString()
                        .equals("com.fasterxml.jackson.annotation.JsonCreator"))) {
          creator = c;
        }
      }
      CodeBlock.Builder create = CodeBlock.builder().add("$T value = new $T(", typeName, typeName);
      if (creator != null) {
        List<? extends javax.lang.model.element.VariableElement> parameters =
            creator.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
          PropertyModel p = propertyFrom(type, parameters.get(i));
          create.add(i == 0 ? "" : ", ");
          create.add(
              p != null
                  ? readProperty(p, "json", parameters.get(i).asType())
                  : absent(parameters.get(i).asType()));
        }
      }
      m.addStatement("$L)", create.build());
      for (PropertyModel p : type.properties()) {
        if (p.source() == null
            || p.source().getKind() == javax.lang.model.element.ElementKind.PARAMETER) {
          continue;
        }
        javax.lang.model.element.Element setter = setterOf(element, p.source());
        CodeBlock value = readProperty(p, "json", null);
        m.beginControlFlow("if (json.member($S) != null)", p.jsonName());
        if (setter != null) {
          m.addStatement("value.$N($L)", setter.getSimpleName().toString(), value);
        } else {
          m.addStatement("value.$N = $L", p.source().getSimpleName().toString(), value);
        }
        m.endControlFlow();
      }
      m.addStatement("return value");
    }
    m.nextControlFlow("catch ($T e)", Exception.class)
        .addStatement("throw $T.rejected(json, e)", ABI)
        .endControlFlow();
  }

  private static PropertyModel propertyFrom(
      TypeModel.ObjectType type, javax.lang.model.element.Element source) {
    for (PropertyModel p : type.properties()) {
      if (source.equals(p.source())) {
        return p;
      }
    }
    return null;
  }

  /** What Jackson passes for a creator parameter that is not a property (an ignored one). */
  private static CodeBlock absent(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return CodeBlock.of("false");
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case CHAR:
        return CodeBlock.of("($T) 0", TypeName.get(type));
      case FLOAT:
      case DOUBLE:
        return CodeBlock.of("($T) 0", TypeName.get(type));
      default:
        if (type.getKind() == TypeKind.DECLARED
            && qualifiedName(type).equals("java.util.Optional")) {
          return CodeBlock.of("$T.empty()", java.util.Optional.class);
        }
        return CodeBlock.of("null");
    }
  }

  /** The public setter Jackson prefers over a field of the same property, or null. */
  static javax.lang.model.element.Element setterOf(
      javax.lang.model.element.TypeElement element, javax.lang.model.element.Element source) {
    if (source.getKind() == javax.lang.model.element.ElementKind.METHOD) {
      return source;
    }
    String name = source.getSimpleName().toString();
    String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (javax.lang.model.element.TypeElement t = element; t != null; t = superclass(t)) {
      for (javax.lang.model.element.ExecutableElement method :
          javax.lang.model.util.ElementFilter.methodsIn(t.getEnclosedElements())) {
        if (method.getSimpleName().contentEquals(setter)
            && method.getParameters().size() == 1
            && method.getModifiers().contains(Modifier.PUBLIC)
            && !method.getModifiers().contains(Modifier.STATIC)) {
          return method;
        }
      }
    }
    return null;
  }

  /** The public getter Jackson prefers over a field of the same property, or null. */
  static javax.lang.model.element.Element getterOf(
      javax.lang.model.element.TypeElement element, javax.lang.model.element.Element source) {
    if (source.getKind() == javax.lang.model.element.ElementKind.METHOD) {
      return source;
    }
    String name = source.getSimpleName().toString();
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (javax.lang.model.element.TypeElement t = element; t != null; t = superclass(t)) {
      for (javax.lang.model.element.ExecutableElement method :
          javax.lang.model.util.ElementFilter.methodsIn(t.getEnclosedElements())) {
        String n = method.getSimpleName().toString();
        if ((n.equals("get" + suffix)
                || (n.equals("is" + suffix)
                    && method.getReturnType().getKind() == TypeKind.BOOLEAN))
            && method.getParameters().isEmpty()
            && method.getModifiers().contains(Modifier.PUBLIC)
            && !method.getModifiers().contains(Modifier.STATIC)) {
          return method;
        }
      }
    }
    return null;
  }

  private static javax.lang.model.element.TypeElement superclass(
      javax.lang.model.element.TypeElement element) {
    TypeMirror superclass = element.getSuperclass();
    if (superclass.getKind() != TypeKind.DECLARED) {
      return null;
    }
    javax.lang.model.element.TypeElement t =
        (javax.lang.model.element.TypeElement) ((DeclaredType) superclass).asElement();
    return t.getQualifiedName().contentEquals("java.lang.Object") ? null : t;
  }

  // ------------------------------------------------------------------------------ writers

  /** A statement that writes the non-null value {@code value} (of Java type {@code declared}). */
  private CodeBlock write(TypeModel type, CodeBlock value, TypeMirror declared) {
    if (type instanceof TypeModel.Scalar) {
      switch (((TypeModel.Scalar) type).kind()) {
        case STRING:
          return CodeBlock.of("out.string($L)", value);
        case CHAR:
          return CodeBlock.of("out.character($L)", value);
        case BOOLEAN:
          return CodeBlock.of("out.bool($L)", value);
        // JsonOut.number's overloads pick the value's own width (a boxed value unboxes to it)
        default:
          return CodeBlock.of("out.number($L)", value);
      }
    }
    if (type instanceof TypeModel.Formatted) {
      switch (((TypeModel.Formatted) type).format()) {
        case UUID_TEXT:
        case URI_TEXT:
          return CodeBlock.of("out.text($L)", value);
        case BASE64:
          return CodeBlock.of("out.bytes($L)", value);
        default:
          return CodeBlock.of("out.time($L)", value);
      }
    }
    if (type instanceof TypeModel.EnumType && fallback(type, false) == null) {
      return CodeBlock.of(
          "out.string($N[$L.ordinal()])", wireValues((TypeModel.EnumType) type), value);
    }
    return CodeBlock.of("$N(out, $L)", writer(type), value);
  }

  private String wireValues(TypeModel.EnumType type) {
    CodeBlock.Builder values = CodeBlock.builder().add("{");
    for (int i = 0; i < type.wireValues().size(); i++) {
      values.add(i == 0 ? "$S" : ", $S", type.wireValues().get(i));
    }
    values.add("}");
    return field(
        "wire:" + type.qualifiedName(),
        constantName(simpleName(type.qualifiedName())) + "_WIRE",
        ArrayTypeName.of(String.class),
        values.build());
  }

  /** A static writer method for a type: {@code writeX(JsonOut out, X value)}, value non-null. */
  private String writer(TypeModel type) {
    TypeMirror mirror = type.type();
    TypeName typeName = TypeName.get(mirror).withoutAnnotations();
    String key = "write:" + typeName;
    String existing = methodNames.get(key);
    if (existing != null) {
      return existing;
    }
    String name = names.newName("write" + describe(typeName.box()), key);
    methodNames.put(key, name);
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(JSON_OUT, "out")
            .addParameter(typeName, "value")
            .addException(java.io.IOException.class);
    if (fallback(type, false) != null) {
      m.addStatement("out.fallback(value)");
    } else if (type instanceof TypeModel.ArrayType) {
      TypeModel element = ((TypeModel.ArrayType) type).element();
      TypeMirror elementType =
          mirror.getKind() == TypeKind.ARRAY
              ? ((ArrayType) mirror).getComponentType()
              : ((DeclaredType) mirror).getTypeArguments().get(0);
      m.addStatement("out.startArray()");
      m.beginControlFlow("for ($T item : value)", TypeName.get(elementType).withoutAnnotations());
      if (!elementType.getKind().isPrimitive()) {
        m.beginControlFlow("if (item == null)")
            .addStatement("out.nullValue()")
            .nextControlFlow("else");
      }
      m.addStatement("$L", write(element, CodeBlock.of("item"), elementType));
      if (!elementType.getKind().isPrimitive()) {
        m.endControlFlow();
      }
      m.endControlFlow();
      m.addStatement("out.endArray()");
    } else if (type instanceof TypeModel.MapType) {
      TypeModel valueType = ((TypeModel.MapType) type).value();
      TypeMirror valueMirror = ((DeclaredType) mirror).getTypeArguments().get(1);
      TypeName valueName = TypeName.get(valueMirror).withoutAnnotations();
      m.addStatement("out.startObject()");
      m.beginControlFlow(
              "for ($T<$T, $T> entry : value.entrySet())", Map.Entry.class, String.class, valueName)
          .addStatement("out.name(entry.getKey())")
          .beginControlFlow("if (entry.getValue() == null)")
          .addStatement("out.nullValue()")
          .nextControlFlow("else")
          .addStatement("$L", write(valueType, CodeBlock.of("entry.getValue()"), valueMirror))
          .endControlFlow()
          .endControlFlow();
      m.addStatement("out.endObject()");
    } else {
      objectWriter(m, (TypeModel.ObjectType) type, typeName);
    }
    methods.put(key, m.build());
    return name;
  }

  private void objectWriter(MethodSpec.Builder m, TypeModel.ObjectType type, TypeName typeName) {
    javax.lang.model.element.TypeElement element =
        (javax.lang.model.element.TypeElement) ((DeclaredType) type.type()).asElement();
    boolean isRecord = element.getKind() == javax.lang.model.element.ElementKind.RECORD;
    if (!isRecord && !element.getModifiers().contains(Modifier.FINAL)) {
      // Jackson writes the properties of the run-time class: a subclass is left to it
      TypeName raw =
          typeName instanceof ParameterizedTypeName
              ? ((ParameterizedTypeName) typeName).rawType()
              : typeName;
      m.beginControlFlow("if (value.getClass() != $T.class)", raw)
          .addStatement("out.fallback(value)")
          .addStatement("return")
          .endControlFlow();
    }
    m.addStatement("out.startObject()");
    NameAllocator locals = new NameAllocator();
    locals.newName("out");
    locals.newName("value");
    for (PropertyModel p : type.properties()) {
      javax.lang.model.element.Element source = p.source();
      CodeBlock access;
      TypeMirror javaType;
      if (source.getKind() == javax.lang.model.element.ElementKind.RECORD_COMPONENT) {
        javax.lang.model.element.ExecutableElement accessor =
            ((javax.lang.model.element.RecordComponentElement) source).getAccessor();
        access = CodeBlock.of("value.$N()", accessor.getSimpleName().toString());
        javaType = accessor.getReturnType();
      } else {
        javax.lang.model.element.Element getter = getterOf(element, source);
        if (getter != null) {
          access = CodeBlock.of("value.$N()", getter.getSimpleName().toString());
          javaType = ((javax.lang.model.element.ExecutableElement) getter).getReturnType();
        } else {
          access = CodeBlock.of("value.$N", source.getSimpleName().toString());
          javaType = source.asType();
        }
      }
      TypeName javaTypeName = TypeName.get(javaType).withoutAnnotations();
      if (javaType.getKind().isPrimitive()) {
        m.addStatement("out.name($N)", propertyName(p.jsonName()));
        m.addStatement("$L", write(p.type(), access, javaType));
        continue;
      }
      String local = locals.newName(p.jsonName());
      if (!hasTypeVariable(javaType)) {
        m.addStatement("$T $N = $L", javaTypeName, local, access);
      } else {
        m.addStatement("var $N = $L", local, access);
      }
      switch (p.optionality()) {
        case OPTIONAL:
          m.beginControlFlow("if ($N != null && $N.isPresent())", local, local)
              .addStatement("out.name($N)", propertyName(p.jsonName()))
              .addStatement("$L", write(p.type(), CodeBlock.of("$N.get()", local), p.type().type()))
              .endControlFlow();
          break;
        case OPTIONAL_INT:
        case OPTIONAL_LONG:
        case OPTIONAL_DOUBLE:
          String getter =
              p.optionality() == PropertyModel.Optionality.OPTIONAL_INT
                  ? "getAsInt"
                  : p.optionality() == PropertyModel.Optionality.OPTIONAL_LONG
                      ? "getAsLong"
                      : "getAsDouble";
          m.beginControlFlow("if ($N != null && $N.isPresent())", local, local)
              .addStatement("out.name($N)", propertyName(p.jsonName()))
              .addStatement("out.number($N.$L())", local, getter)
              .endControlFlow();
          break;
        default:
          m.beginControlFlow("if ($N != null)", local)
              .addStatement("out.name($N)", propertyName(p.jsonName()))
              .addStatement("$L", write(p.type(), CodeBlock.of("$N", local), javaType))
              .endControlFlow();
          break;
      }
    }
    m.addStatement("out.endObject()");
  }

  /** The static field of a property name, encoded once ({@code JsonOut.Name}). */
  private String propertyName(String jsonName) {
    return field(
        NAME_KEY + jsonName,
        constantName(jsonName) + "_NAME",
        JSON_OUT_NAME,
        CodeBlock.of("$T.of($S)", JSON_OUT_NAME, jsonName));
  }

  private static boolean hasTypeVariable(TypeMirror type) {
    if (type.getKind() == TypeKind.TYPEVAR || type.getKind() == TypeKind.WILDCARD) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return hasTypeVariable(((ArrayType) type).getComponentType());
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        if (hasTypeVariable(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String qualifiedName(TypeMirror type) {
    return ((javax.lang.model.element.TypeElement) ((DeclaredType) type).asElement())
        .getQualifiedName()
        .toString();
  }

  private static boolean isString(TypeModel type) {
    return type instanceof TypeModel.Scalar
        && ((TypeModel.Scalar) type).kind() == ScalarKind.STRING;
  }

  private String inputShape(ToolModel tool) {
    String key = "input:" + tool.name();
    return field(
        key,
        tool.name().toUpperCase(Locale.ROOT) + "_INPUT",
        SHAPE,
        objectShape(tool.arguments(), false));
  }

  /** The expression of a shape; object and enum shapes become static fields. */
  private CodeBlock shape(TypeModel type) {
    if (type instanceof TypeModel.Scalar) {
      return CodeBlock.of("$T.$L", SHAPE, ((TypeModel.Scalar) type).kind().shapeConstant());
    }
    if (type instanceof TypeModel.Formatted) {
      return CodeBlock.of(
          "$T.formatted($T.$L)",
          SHAPE,
          STRING_FORMAT,
          ((TypeModel.Formatted) type).format().name());
    }
    if (type instanceof TypeModel.EnumType) {
      TypeModel.EnumType enumType = (TypeModel.EnumType) type;
      CodeBlock.Builder values = CodeBlock.builder().add("$T.oneOf(", SHAPE);
      for (int i = 0; i < enumType.wireValues().size(); i++) {
        values.add(i == 0 ? "$S" : ", $S", enumType.wireValues().get(i));
      }
      values.add(")");
      String simple = simpleName(enumType.qualifiedName());
      return CodeBlock.of(
          "$N",
          field(
              "enum:" + enumType.qualifiedName(),
              constantName(simple) + "_SHAPE",
              SHAPE,
              values.build()));
    }
    if (type instanceof TypeModel.ArrayType) {
      return CodeBlock.of("$T.arrayOf($L)", SHAPE, shape(((TypeModel.ArrayType) type).element()));
    }
    if (type instanceof TypeModel.MapType) {
      return CodeBlock.of("$T.mapOf($L)", SHAPE, shape(((TypeModel.MapType) type).value()));
    }
    TypeModel.ObjectType object = (TypeModel.ObjectType) type;
    String key = "object:" + object.type();
    String existing = fieldNames.get(key);
    if (existing != null) {
      return CodeBlock.of("$N", existing);
    }
    CodeBlock initializer = objectShape(object.properties(), object.ignoreUnknown());
    return CodeBlock.of(
        "$N",
        field(
            key, constantName(simpleName(object.qualifiedName())) + "_SHAPE", SHAPE, initializer));
  }

  private CodeBlock objectShape(List<PropertyModel> properties, boolean ignoreUnknown) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.object()", SHAPE).indent().indent();
    for (PropertyModel p : properties) {
      CodeBlock shape = shape(p.type());
      if (p.required()) {
        b.add("\n.required($S, $L)", p.jsonName(), shape);
      } else if (p.defaultValue() != null) {
        b.add("\n.optional($S, $L, $L)", p.jsonName(), shape, defaultNode(p));
      } else {
        b.add("\n.optional($S, $L)", p.jsonName(), shape);
      }
    }
    if (ignoreUnknown) {
      b.add("\n.ignoreUnknown()");
    }
    return b.add("\n.build()").unindent().unindent().build();
  }

  /**
   * The JSON value of a default, as the checker inserts it (validated by the processor already).
   */
  private static CodeBlock defaultNode(PropertyModel p) {
    String value = p.defaultValue();
    TypeModel type = p.type();
    if (type instanceof TypeModel.Scalar) {
      switch (((TypeModel.Scalar) type).kind()) {
        case BOOLEAN:
          return CodeBlock.of("$T.of($L)", JSON_VALUE, Boolean.parseBoolean(value.trim()));
        case BYTE:
        case SHORT:
        case INT:
        case LONG:
          return CodeBlock.of("$T.of($LL)", JSON_VALUE, Long.parseLong(value.trim()));
        case BIG_INTEGER:
          return CodeBlock.of(
              "$T.of(new $T($S))",
              JSON_VALUE,
              BigInteger.class,
              new BigInteger(value.trim()).toString());
        case FLOAT:
        case DOUBLE:
          return CodeBlock.of(
              "$T.of($Ld)", JSON_VALUE, Double.toString(Double.parseDouble(value.trim())));
        case BIG_DECIMAL:
          return CodeBlock.of(
              "$T.of(new $T($S))",
              JSON_VALUE,
              BigDecimal.class,
              new BigDecimal(value.trim()).toString());
        default:
          break;
      }
    }
    return CodeBlock.of("$T.of($S)", JSON_VALUE, value);
  }

  /**
   * A static {@code Binding<T>} field for a type read by the databind fallback (resolved on first
   * use).
   */
  private String binding(TypeMirror mirror) {
    TypeName typeName = TypeName.get(mirror).withoutAnnotations();
    String key = "binding:" + typeName;
    boolean plainArray =
        mirror.getKind() == TypeKind.ARRAY
            && (((ArrayType) mirror).getComponentType().getKind().isPrimitive()
                || isPlainClass(((ArrayType) mirror).getComponentType()));
    CodeBlock initializer =
        isPlainClass(mirror) || plainArray
            ? CodeBlock.of("$T.of($T.class)", BINDING, typeName)
            : CodeBlock.of("$T.of($S)", BINDING, canonical(mirror));
    return field(
        key,
        constantName(describe(typeName)) + "_TYPE",
        ParameterizedTypeName.get(BINDING, typeName.box()),
        initializer);
  }

  private static boolean isPlainClass(TypeMirror mirror) {
    return mirror.getKind() == TypeKind.DECLARED
        && ((DeclaredType) mirror).getTypeArguments().isEmpty();
  }

  /** Jackson's canonical text of a type: binary class names, type arguments in angle brackets. */
  private static String canonical(TypeMirror mirror) {
    if (mirror.getKind() == TypeKind.ARRAY) {
      return canonical(((ArrayType) mirror).getComponentType()) + "[]";
    }
    if (mirror.getKind().isPrimitive()) {
      return mirror.toString();
    }
    DeclaredType declared = (DeclaredType) mirror;
    StringBuilder sb =
        new StringBuilder(
            ClassName.get((javax.lang.model.element.TypeElement) declared.asElement())
                .reflectionName());
    if (!declared.getTypeArguments().isEmpty()) {
      sb.append('<');
      for (int i = 0; i < declared.getTypeArguments().size(); i++) {
        sb.append(i == 0 ? "" : ",").append(canonical(declared.getTypeArguments().get(i)));
      }
      sb.append('>');
    }
    return sb.toString();
  }

  private String field(String key, String suggestedName, TypeName type, CodeBlock initializer) {
    String existing = fieldNames.get(key);
    if (existing != null) {
      return existing;
    }
    String name = names.newName(suggestedName, key);
    fieldNames.put(key, name);
    fields.put(
        key,
        FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(initializer)
            .build());
    return name;
  }

  private static String describe(TypeName type) {
    if (type instanceof ParameterizedTypeName) {
      ParameterizedTypeName p = (ParameterizedTypeName) type;
      StringBuilder sb = new StringBuilder(p.rawType().simpleName());
      for (TypeName argument : p.typeArguments()) {
        sb.append(sb.length() == p.rawType().simpleName().length() ? "Of" : "And")
            .append(describe(argument));
      }
      return sb.toString();
    }
    if (type instanceof ArrayTypeName) {
      return describe(((ArrayTypeName) type).componentType()) + "Array";
    }
    if (type instanceof ClassName) {
      return ((ClassName) type).simpleName();
    }
    String name = type.toString();
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /** {@code OrderStatus} becomes {@code ORDER_STATUS}. */
  static String constantName(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)
          && i > 0
          && (Character.isLowerCase(name.charAt(i - 1))
              || (i + 1 < name.length()
                  && Character.isLowerCase(name.charAt(i + 1))
                  && Character.isUpperCase(name.charAt(i - 1))))) {
        sb.append('_');
      }
      sb.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return sb.toString();
  }
}
