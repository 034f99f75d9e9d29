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
 * Writes {@code <Class>_ToolDispatcher}: one {@code case} per tool, sorted by name, that checks
 * the arguments against the tool's {@code Shape} and calls the method with typed reads. No
 * reflection, no lambdas; the shapes and Jackson bindings are static fields built once.
 */
public final class DispatcherWriter {

  static final String PROCESSOR = "dev.toolwright.processor.ToolProcessor";
  private static final String INTERNAL = "dev.toolwright.internal";
  private static final ClassName SHAPE = ClassName.get(INTERNAL, "Shape");
  private static final ClassName STRING_FORMAT = ClassName.get(INTERNAL, "StringFormat");
  private static final ClassName BINDING = ClassName.get(INTERNAL, "Binding");
  private static final ClassName TOOL_ARGUMENTS = ClassName.get(INTERNAL, "ToolArguments");
  private static final ClassName TOOL_RESULT = ClassName.get(INTERNAL, "ToolResult");
  private static final ClassName PRIMER = ClassName.get(INTERNAL, "Primer");
  private static final ClassName TOOL_DISPATCHER = ClassName.get("dev.toolwright", "ToolDispatcher");
  private static final ClassName JSON_NODE_FACTORY = ClassName.get("com.fasterxml.jackson.databind.node", "JsonNodeFactory");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private final ToolClassModel model;
  private final ClassName target;
  private final NameAllocator names = new NameAllocator();
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();
  private final Map<String, String> fieldNames = new LinkedHashMap<>();

  private DispatcherWriter(ToolClassModel model) {
    this.model = model;
    this.target = ClassName.get(model.element());
    for (String reserved : List.of("target", "arguments", "toolName", "TOOL_NAMES")) {
      names.newName(reserved, reserved);
    }
  }

  /** The generated source file of one tool class. */
  public static JavaFile write(ToolClassModel model) {
    return new DispatcherWriter(model).file();
  }

  private JavaFile file() {
    List<String> toolNames = new ArrayList<>();
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (toolName)");
    CodeBlock.Builder primeCases = CodeBlock.builder().beginControlFlow("switch (toolName)");
    for (ToolModel tool : model.tools()) {
      toolNames.add(tool.name());
      cases.add(toolCase(tool));
      primeCases.add(primeCase(tool));
    }
    primeCases.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    cases.add("default:\n").indent()
        .addStatement("throw new $T($S + toolName + $S + $N)", IllegalArgumentException.class,
            "Not a tool of " + target.simpleName() + ": ", ", not one of ", "TOOL_NAMES")
        .unindent()
        .endControlFlow();

    TypeSpec.Builder type = TypeSpec.classBuilder(model.dispatcherName())
        .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(TOOL_DISPATCHER)
        .addOriginatingElement(model.element())
        .addJavadoc("Calls the {@code @Tool} methods of {@link $T} by tool name. Generated; do not edit.\n", target);

    CodeBlock.Builder namesList = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < toolNames.size(); i++) {
      namesList.add(i == 0 ? "$S" : ", $S", toolNames.get(i));
    }
    namesList.add(")");
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "TOOL_NAMES",
        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(namesList.build()).build());
    fields.values().forEach(type::addField);
    type.addField(target, "target", Modifier.PRIVATE, Modifier.FINAL);

    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Calls the tools on the given instance.\n")
        .addParameter(target, "target")
        .addStatement("this.target = $T.requireNonNull(target, $S)", java.util.Objects.class, "target")
        .build());
    if (model.hasNoArgConstructor()) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("Calls the tools on a new {@link $T}.\n", target)
          .addStatement("this(new $T())", target)
          .build());
    }
    type.addMethod(MethodSpec.methodBuilder("toolClassName")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", target.reflectionName()) // the binary name, as ToolDispatcher documents
        .build());
    type.addMethod(MethodSpec.methodBuilder("toolNames")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(List.class, String.class))
        .addStatement("return TOOL_NAMES")
        .build());
    type.addMethod(MethodSpec.methodBuilder("dispatch")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Object.class)
        .addParameter(String.class, "toolName")
        .addParameter(TOOL_ARGUMENTS, "arguments")
        .addException(Exception.class)
        .addCode(cases.build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("prime")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(String.class, "toolName")
        .addParameter(PRIMER, "primer")
        .addException(Exception.class)
        .addCode(primeCases.build())
        .build());
    return JavaFile.builder(model.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * The priming of one tool: the same checks and reads as its {@code dispatch} case on synthetic
   * arguments, and a synthetic result of the result type's shape written as a call's would be,
   * but no call.
   */
  private CodeBlock primeCase(ToolModel tool) {
    CodeBlock.Builder block = CodeBlock.builder()
        .add("case $S: {\n", tool.name()).indent()
        .addStatement("$T arguments = primer.arguments($N)", TOOL_ARGUMENTS, inputShape(tool));
    for (ParameterModel parameter : tool.parameters()) {
      block.addStatement("$L", read(parameter));
    }
    TypeModel resultType = tool.result().type();
    if (resultType instanceof TypeModel.ObjectType || resultType instanceof TypeModel.ArrayType
        || resultType instanceof TypeModel.MapType) {
      TypeMirror returnType = tool.method().getReturnType();
      if (tool.result().optional()) {
        returnType = ((DeclaredType) returnType).getTypeArguments().get(0);
      }
      block.addStatement("primer.result($N, $L, $L)", binding(returnType), shape(resultType),
          tool.result().kind() == ToolModel.ResultModel.Kind.WRAPPED);
    }
    return block.addStatement("break").unindent().add("}\n").build();
  }

  private CodeBlock toolCase(ToolModel tool) {
    String input = inputShape(tool);
    CodeBlock.Builder call = CodeBlock.builder();
    boolean isStatic = tool.method().getModifiers().contains(Modifier.STATIC);
    call.add(isStatic ? "$T.$N(" : "target.$N(", isStatic ? new Object[] {target, tool.method().getSimpleName().toString()}
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
    CodeBlock.Builder block = CodeBlock.builder()
        .add("case $S: {\n", tool.name()).indent()
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
          return CodeBlock.of("$T.ofNullable(arguments.string($S))", java.util.Optional.class, name);
        }
        return CodeBlock.of("arguments.optional($S, $N)", name, binding(type.type()));
      default:
        break;
    }
    TypeMirror mirror = type.type();
    if (mirror.getKind().isPrimitive()) {
      String method = mirror.getKind() == TypeKind.BOOLEAN ? "booleanValue"
          : mirror.getKind().name().toLowerCase(Locale.ROOT) + "Value";
      return CodeBlock.of("arguments.$L($S)", method, name);
    }
    if (isString(type)) {
      return CodeBlock.of("arguments.string($S)", name);
    }
    if (type instanceof TypeModel.Scalar && ((TypeModel.Scalar) type).kind() == ScalarKind.CHAR) {
      return CodeBlock.of("arguments.character($S)", name);
    }
    return CodeBlock.of("arguments.value($S, $N)", name, binding(mirror));
  }

  private static boolean isString(TypeModel type) {
    return type instanceof TypeModel.Scalar && ((TypeModel.Scalar) type).kind() == ScalarKind.STRING;
  }

  private String inputShape(ToolModel tool) {
    String key = "input:" + tool.name();
    return field(key, tool.name().toUpperCase(Locale.ROOT) + "_INPUT", SHAPE,
        objectShape(tool.arguments(), false));
  }

  /** The expression of a shape; object and enum shapes become static fields. */
  private CodeBlock shape(TypeModel type) {
    if (type instanceof TypeModel.Scalar) {
      return CodeBlock.of("$T.$L", SHAPE, ((TypeModel.Scalar) type).kind().shapeConstant());
    }
    if (type instanceof TypeModel.Formatted) {
      return CodeBlock.of("$T.formatted($T.$L)", SHAPE, STRING_FORMAT, ((TypeModel.Formatted) type).format().name());
    }
    if (type instanceof TypeModel.EnumType) {
      TypeModel.EnumType enumType = (TypeModel.EnumType) type;
      CodeBlock.Builder values = CodeBlock.builder().add("$T.oneOf(", SHAPE);
      for (int i = 0; i < enumType.wireValues().size(); i++) {
        values.add(i == 0 ? "$S" : ", $S", enumType.wireValues().get(i));
      }
      values.add(")");
      String simple = simpleName(enumType.qualifiedName());
      return CodeBlock.of("$N", field("enum:" + enumType.qualifiedName(), constantName(simple) + "_SHAPE", SHAPE,
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
    return CodeBlock.of("$N", field(key, constantName(simpleName(object.qualifiedName())) + "_SHAPE", SHAPE,
        initializer));
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

  /** The JSON node of a default, as the checker inserts it (validated by the processor already). */
  private static CodeBlock defaultNode(PropertyModel p) {
    String value = p.defaultValue();
    TypeModel type = p.type();
    if (type instanceof TypeModel.Scalar) {
      switch (((TypeModel.Scalar) type).kind()) {
        case BOOLEAN:
          return CodeBlock.of("$T.instance.booleanNode($L)", JSON_NODE_FACTORY, Boolean.parseBoolean(value.trim()));
        case BYTE: case SHORT: case INT: case LONG:
          return CodeBlock.of("$T.instance.numberNode($LL)", JSON_NODE_FACTORY, Long.parseLong(value.trim()));
        case BIG_INTEGER:
          return CodeBlock.of("$T.instance.numberNode(new $T($S))", JSON_NODE_FACTORY, BigInteger.class,
              new BigInteger(value.trim()).toString());
        case FLOAT: case DOUBLE:
          return CodeBlock.of("$T.instance.numberNode($Ld)", JSON_NODE_FACTORY, Double.toString(Double.parseDouble(value.trim())));
        case BIG_DECIMAL:
          return CodeBlock.of("$T.instance.numberNode(new $T($S))", JSON_NODE_FACTORY, BigDecimal.class,
              new BigDecimal(value.trim()).toString());
        default:
          break;
      }
    }
    return CodeBlock.of("$T.instance.textNode($S)", JSON_NODE_FACTORY, value);
  }

  /** A static {@code Binding<T>} field for a parameter type read by Jackson. */
  private String binding(TypeMirror mirror) {
    TypeName typeName = TypeName.get(mirror).withoutAnnotations();
    String key = "binding:" + typeName;
    CodeBlock initializer = isPlainClass(mirror)
        ? CodeBlock.of("$T.of($T.class)", BINDING, typeName)
        : CodeBlock.of("$T.of($L)", BINDING, javaType(mirror));
    return field(key, constantName(describe(typeName)) + "_TYPE",
        ParameterizedTypeName.get(BINDING, typeName.box()), initializer);
  }

  private static boolean isPlainClass(TypeMirror mirror) {
    return mirror.getKind() == TypeKind.DECLARED && ((DeclaredType) mirror).getTypeArguments().isEmpty();
  }

  /** A Jackson {@code JavaType} expression for a (possibly generic) type. */
  private static CodeBlock javaType(TypeMirror mirror) {
    if (mirror.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) mirror).getComponentType();
      if (component.getKind().isPrimitive() || isPlainClass(component)) {
        return CodeBlock.of("$T.TYPES.constructType($T.class)", BINDING, TypeName.get(mirror).withoutAnnotations());
      }
      return CodeBlock.of("$T.TYPES.constructArrayType($L)", BINDING, javaType(component));
    }
    if (mirror.getKind() == TypeKind.DECLARED && !((DeclaredType) mirror).getTypeArguments().isEmpty()) {
      DeclaredType declared = (DeclaredType) mirror;
      CodeBlock.Builder b = CodeBlock.builder().add("$T.TYPES.constructParametricType($T.class", BINDING,
          ClassName.get((javax.lang.model.element.TypeElement) declared.asElement()));
      for (TypeMirror argument : declared.getTypeArguments()) {
        b.add(", $L", javaType(argument));
      }
      return b.add(")").build();
    }
    return CodeBlock.of("$T.TYPES.constructType($T.class)", BINDING, TypeName.get(mirror).withoutAnnotations().box());
  }

  private String field(String key, String suggestedName, TypeName type, CodeBlock initializer) {
    String existing = fieldNames.get(key);
    if (existing != null) {
      return existing;
    }
    String name = names.newName(suggestedName, key);
    fieldNames.put(key, name);
    fields.put(key, FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(initializer).build());
    return name;
  }

  private static String describe(TypeName type) {
    if (type instanceof ParameterizedTypeName) {
      ParameterizedTypeName p = (ParameterizedTypeName) type;
      StringBuilder sb = new StringBuilder(p.rawType().simpleName());
      for (TypeName argument : p.typeArguments()) {
        sb.append(sb.length() == p.rawType().simpleName().length() ? "Of" : "And").append(describe(argument));
      }
      return sb.toString();
    }
    if (type instanceof ArrayTypeName) {
      return describe(((ArrayTypeName) type).componentType()) + "Array";
    }
    if (type instanceof ClassName) {
      return ((ClassName) type).simpleName();
    }
    return type.toString();
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /** {@code OrderStatus} becomes {@code ORDER_STATUS}. */
  static String constantName(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && (Character.isLowerCase(name.charAt(i - 1))
          || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1))))) {
        sb.append('_');
      }
      sb.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return sb.toString();
  }
}
