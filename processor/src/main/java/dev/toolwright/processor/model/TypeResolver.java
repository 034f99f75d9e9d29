package dev.toolwright.processor.model;

import dev.toolwright.internal.StringFormat;
import dev.toolwright.processor.model.PropertyModel.Optionality;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves Java types to {@link TypeModel}s following Jackson's view of them (record components,
 * getters, setters, public fields, {@code @JsonProperty}, {@code @JsonIgnore},
 * {@code @JsonIgnoreProperties}, {@code @JsonCreator}), and rejects every type the gateway's
 * dialect cannot express, with the path to it and a fix.
 */
public final class TypeResolver {

  /** Whether a type is read from the agent or written back to it; POJOs differ. */
  public enum Direction {
    INPUT,
    OUTPUT
  }

  private static final Map<String, ScalarKind> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", ScalarKind.STRING),
          Map.entry("java.lang.Character", ScalarKind.CHAR),
          Map.entry("java.lang.Boolean", ScalarKind.BOOLEAN),
          Map.entry("java.lang.Byte", ScalarKind.BYTE),
          Map.entry("java.lang.Short", ScalarKind.SHORT),
          Map.entry("java.lang.Integer", ScalarKind.INT),
          Map.entry("java.lang.Long", ScalarKind.LONG),
          Map.entry("java.math.BigInteger", ScalarKind.BIG_INTEGER),
          Map.entry("java.lang.Float", ScalarKind.FLOAT),
          Map.entry("java.lang.Double", ScalarKind.DOUBLE),
          Map.entry("java.math.BigDecimal", ScalarKind.BIG_DECIMAL));

  private static final Map<String, StringFormat> FORMATS =
      Map.ofEntries(
          Map.entry("java.time.LocalDate", StringFormat.LOCAL_DATE),
          Map.entry("java.time.LocalTime", StringFormat.LOCAL_TIME),
          Map.entry("java.time.LocalDateTime", StringFormat.LOCAL_DATE_TIME),
          Map.entry("java.time.OffsetDateTime", StringFormat.OFFSET_DATE_TIME),
          Map.entry("java.time.ZonedDateTime", StringFormat.ZONED_DATE_TIME),
          Map.entry("java.time.Instant", StringFormat.INSTANT),
          Map.entry("java.time.Duration", StringFormat.DURATION),
          Map.entry("java.time.Period", StringFormat.PERIOD),
          Map.entry("java.util.UUID", StringFormat.UUID_TEXT),
          Map.entry("java.net.URI", StringFormat.URI_TEXT));

  private static final Set<String> COLLECTIONS =
      Set.of(
          "java.util.Collection",
          "java.util.List",
          "java.util.Set",
          "java.util.SortedSet",
          "java.util.NavigableSet",
          "java.util.ArrayList",
          "java.util.LinkedList",
          "java.util.HashSet",
          "java.util.LinkedHashSet",
          "java.util.TreeSet",
          "java.lang.Iterable");

  private static final Set<String> MAPS =
      Set.of(
          "java.util.Map",
          "java.util.SortedMap",
          "java.util.NavigableMap",
          "java.util.HashMap",
          "java.util.LinkedHashMap",
          "java.util.TreeMap");

  private static final Map<String, Optionality> OPTIONALS =
      Map.of(
          "java.util.Optional", Optionality.OPTIONAL,
          "java.util.OptionalInt", Optionality.OPTIONAL_INT,
          "java.util.OptionalLong", Optionality.OPTIONAL_LONG,
          "java.util.OptionalDouble", Optionality.OPTIONAL_DOUBLE);

  private final Types types;
  private final Elements elements;
  private final EnumValues enumValues;
  private final Map<String, TypeModel.ObjectType> objects = new HashMap<>();
  private final Deque<String> resolving = new ArrayDeque<>();

  public TypeResolver(ProcessingEnvironment env) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.enumValues = new EnumValues(env);
  }

  /** The result of unwrapping {@code Optional} and friends from a parameter or property type. */
  public record Unwrapped(TypeMirror type, Optionality optionality) {}

  /**
   * Strips one level of {@code Optional<T>}, {@code OptionalInt}, ... or notes {@code @Nullable}.
   */
  public Unwrapped unwrap(TypeMirror type, Element annotated, String path)
      throws UnsupportedTypeException {
    if (type.getKind() == TypeKind.DECLARED) {
      String name = qualifiedName(type);
      Optionality optionality = OPTIONALS.get(name);
      if (optionality == Optionality.OPTIONAL) {
        List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
        if (args.isEmpty()) {
          throw new UnsupportedTypeException(
              path, "raw Optional has no element type", "write Optional<T> with a concrete T");
        }
        return new Unwrapped(args.get(0), optionality);
      }
      if (optionality != null) {
        TypeKind primitive =
            optionality == Optionality.OPTIONAL_INT
                ? TypeKind.INT
                : optionality == Optionality.OPTIONAL_LONG ? TypeKind.LONG : TypeKind.DOUBLE;
        return new Unwrapped(types.getPrimitiveType(primitive), optionality);
      }
    }
    if (annotated != null && Annotations.isNullable(annotated, type)) {
      if (type.getKind().isPrimitive()) {
        throw new UnsupportedTypeException(
            path,
            "a primitive " + type + " cannot be @Nullable",
            "use the boxed type or Optional" + (type.getKind() == TypeKind.INT ? "Int" : "<...>"));
      }
      return new Unwrapped(type, Optionality.NULLABLE);
    }
    return new Unwrapped(type, Optionality.NONE);
  }

  /** Resolves a type to its shape, or throws with the path to the first unsupported type. */
  public TypeModel resolve(TypeMirror type, Direction direction, String path)
      throws UnsupportedTypeException {
    switch (type.getKind()) {
      case BOOLEAN:
        return new TypeModel.Scalar(type, ScalarKind.BOOLEAN);
      case BYTE:
        return new TypeModel.Scalar(type, ScalarKind.BYTE);
      case SHORT:
        return new TypeModel.Scalar(type, ScalarKind.SHORT);
      case INT:
        return new TypeModel.Scalar(type, ScalarKind.INT);
      case LONG:
        return new TypeModel.Scalar(type, ScalarKind.LONG);
      case CHAR:
        return new TypeModel.Scalar(type, ScalarKind.CHAR);
      case FLOAT:
        return new TypeModel.Scalar(type, ScalarKind.FLOAT);
      case DOUBLE:
        return new TypeModel.Scalar(type, ScalarKind.DOUBLE);
      case ARRAY:
        {
          TypeMirror component = ((ArrayType) type).getComponentType();
          if (component.getKind() == TypeKind.BYTE) {
            return new TypeModel.Formatted(type, StringFormat.BASE64);
          }
          return new TypeModel.ArrayType(type, element(component, direction, path + "[]"));
        }
      case DECLARED:
        return declared((DeclaredType) type, direction, path);
      case TYPEVAR:
        throw new UnsupportedTypeException(
            path,
            "type variable " + type + " has no concrete shape",
            "use a concrete type, or a generic record with its type arguments filled in");
      case WILDCARD:
        throw new UnsupportedTypeException(
            path,
            "wildcard " + type + " has no concrete shape",
            "write the element type without '?' (e.g. List<Item> instead of List<? extends Item>)");
      case ERROR:
        throw new UnsupportedTypeException(
            path,
            "type " + type + " cannot be resolved",
            "check that it is on the class path and compiles");
      default:
        throw new UnsupportedTypeException(
            path,
            "type " + type + " has no JSON shape",
            "use a record, a primitive, String, an enum, a collection or a map");
    }
  }

  private TypeModel element(TypeMirror type, Direction direction, String path)
      throws UnsupportedTypeException {
    if (type.getKind() == TypeKind.DECLARED && OPTIONALS.containsKey(qualifiedName(type))) {
      throw new UnsupportedTypeException(
          path,
          "Optional inside a collection or map has no JSON shape",
          "use the element type directly; leave elements out instead of sending empty ones");
    }
    return resolve(type, direction, path);
  }

  private TypeModel declared(DeclaredType type, Direction direction, String path)
      throws UnsupportedTypeException {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    ScalarKind scalar = SCALARS.get(name);
    if (scalar != null) {
      return new TypeModel.Scalar(type, scalar);
    }
    StringFormat format = FORMATS.get(name);
    if (format != null) {
      return new TypeModel.Formatted(type, format);
    }
    if (OPTIONALS.containsKey(name)) {
      throw new UnsupportedTypeException(
          path,
          "nested " + element.getSimpleName() + " has no JSON shape",
          "use Optional only directly on a parameter, record component or property");
    }
    if (element.getKind() == ElementKind.ENUM) {
      checkJacksonAnnotations(element, path);
      return new TypeModel.EnumType(type, name, enumValues.wireValues(element, path));
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (COLLECTIONS.contains(name)) {
      if (args.size() != 1) {
        throw new UnsupportedTypeException(
            path,
            "raw " + element.getSimpleName() + " has no element type",
            "write " + element.getSimpleName() + "<T> with a concrete T");
      }
      return new TypeModel.ArrayType(type, element(args.get(0), direction, path + "[]"));
    }
    if (MAPS.contains(name)) {
      if (args.size() != 2) {
        throw new UnsupportedTypeException(
            path,
            "raw " + element.getSimpleName() + " has no key and value types",
            "write Map<String, V> with a concrete V");
      }
      if (!(args.get(0).getKind() == TypeKind.DECLARED
          && qualifiedName(args.get(0)).equals("java.lang.String"))) {
        throw new UnsupportedTypeException(
            path,
            "map key type " + args.get(0) + " is not String",
            "JSON object keys are strings: use Map<String, V> (convert keys in the method)");
      }
      return new TypeModel.MapType(type, element(args.get(1), direction, path + "[*]"));
    }
    if (name.equals("java.lang.Object")) {
      throw new UnsupportedTypeException(
          path, "Object has no JSON shape the gateway accepts", "use a record or a concrete type");
    }
    if (name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("com.fasterxml.jackson.")) {
      throw new UnsupportedTypeException(
          path,
          "type " + name + " is not supported",
          "use String, a number type, java.time types, UUID, URI, a collection, a map or a record of them");
    }
    if (element.getKind() == ElementKind.INTERFACE
        || element.getModifiers().contains(Modifier.ABSTRACT)) {
      throw new UnsupportedTypeException(
          path,
          (element.getKind() == ElementKind.INTERFACE ? "interface " : "abstract class ")
              + name
              + " has no concrete shape",
          "use a concrete record or class");
    }
    if (element.getKind() != ElementKind.RECORD && element.getKind() != ElementKind.CLASS) {
      throw new UnsupportedTypeException(
          path,
          element.getKind().toString().toLowerCase() + " " + name + " has no JSON shape",
          "use a record or a class with properties");
    }
    String key = type + "|" + direction;
    TypeModel.ObjectType known = objects.get(key);
    if (known != null) {
      return known;
    }
    if (resolving.contains(type.toString())) {
      throw new UnsupportedTypeException(
          path,
          "type " + type + " is recursive (it contains itself)",
          "the gateway's schema has no references: flatten the recursion, e.g. with a list of ids");
    }
    resolving.push(type.toString());
    try {
      checkJacksonAnnotations(element, path);
      TypeModel.ObjectType object =
          element.getKind() == ElementKind.RECORD
              ? record(type, element, direction, path)
              : pojo(type, element, direction, path);
      objects.put(key, object);
      return object;
    } finally {
      resolving.pop();
    }
  }

  private TypeModel.ObjectType record(
      DeclaredType type, TypeElement element, Direction direction, String path)
      throws UnsupportedTypeException {
    Javadoc doc = Javadoc.parse(elements.getDocComment(element));
    Set<String> ignored = ignoredNames(element);
    List<PropertyModel> properties = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      ExecutableElement accessor = component.getAccessor();
      if (accessor == null) {
        continue; // the record itself does not compile; javac reports why
      }
      VariableElement field = field(element, component.getSimpleName().toString());
      if (Annotations.has(component, Annotations.JSON_IGNORE)
          || Annotations.has(accessor, Annotations.JSON_IGNORE)
          || Annotations.has(field, Annotations.JSON_IGNORE)) {
        continue;
      }
      String javaName = component.getSimpleName().toString();
      String jsonName =
          firstNonEmpty(
                  Annotations.string(component, Annotations.JSON_PROPERTY, "value"),
                  Annotations.string(accessor, Annotations.JSON_PROPERTY, "value"),
                  Annotations.string(field, Annotations.JSON_PROPERTY, "value"))
              .orElse(javaName);
      if (ignored.contains(jsonName)) {
        continue;
      }
      TypeMirror componentType =
          ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
      String description =
          Descriptions.property(component, accessor, field).orElse(doc.param(javaName));
      String defaultValue = defaultValue(component).or(() -> defaultValue(field)).orElse(null);
      properties.add(
          property(
              jsonName,
              componentType,
              component,
              direction,
              child(path, jsonName),
              description,
              defaultValue));
    }
    return new TypeModel.ObjectType(
        type,
        element.getQualifiedName().toString(),
        List.copyOf(properties),
        ignoresUnknown(element),
        Descriptions.type(element, doc.description()));
  }

  private TypeModel.ObjectType pojo(
      DeclaredType type, TypeElement element, Direction direction, String path)
      throws UnsupportedTypeException {
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    List<TypeElement> hierarchy = new ArrayList<>();
    for (TypeElement t = element;
        t != null && !t.getQualifiedName().contentEquals("java.lang.Object");
        t = superclass(t)) {
      hierarchy.add(0, t);
    }
    ExecutableElement creator = null;
    boolean hasDefaultConstructor = false;
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (Annotations.has(constructor, Annotations.JSON_CREATOR)) {
        creator = constructor;
      } else if (constructor.getParameters().isEmpty()
          && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        hasDefaultConstructor = true;
      }
    }
    Set<String> ignoredNames = ignoredNames(element);
    Set<String> explicitlyIgnored = new java.util.HashSet<>();
    // Every instance field, visible or not, in declaration order (superclass first), as Jackson
    // collects them: they fix the property order and lend their Javadoc and annotations to the
    // getter or setter of the same property.
    Map<String, VariableElement> backingFields = new LinkedHashMap<>();
    // Java names of properties with an accessor or field carrying @JsonProperty, and its name.
    Set<String> explicitNames = new java.util.HashSet<>();
    Map<String, String> renames = new HashMap<>();
    for (TypeElement t : hierarchy) {
      for (VariableElement field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (field.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        backingFields.putIfAbsent(field.getSimpleName().toString(), field);
        boolean annotated = Annotations.has(field, Annotations.JSON_PROPERTY);
        boolean visible =
            field.getModifiers().contains(Modifier.PUBLIC)
                && (direction == Direction.OUTPUT
                    || !field.getModifiers().contains(Modifier.FINAL));
        String javaName = field.getSimpleName().toString();
        if (Annotations.has(field, Annotations.JSON_IGNORE)) {
          explicitlyIgnored.add(javaName);
          continue;
        }
        if (annotated) {
          explicitNames.add(javaName);
          Annotations.string(field, Annotations.JSON_PROPERTY, "value")
              .ifPresent(n -> renames.putIfAbsent(javaName, n));
        }
        if (field.getModifiers().contains(Modifier.TRANSIENT) && !annotated) {
          continue;
        }
        if (visible || annotated) {
          String jsonName =
              Annotations.string(field, Annotations.JSON_PROPERTY, "value").orElse(javaName);
          candidates.putIfAbsent(
              javaName,
              new Candidate(
                  jsonName,
                  types.asMemberOf(type, field),
                  field,
                  Javadoc.parse(elements.getDocComment(field)).description()));
        }
      }
      for (ExecutableElement method : ElementFilter.methodsIn(t.getEnclosedElements())) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.STATIC)) {
          continue;
        }
        boolean annotated = Annotations.has(method, Annotations.JSON_PROPERTY);
        if (!modifiers.contains(Modifier.PUBLIC) && !annotated) {
          continue;
        }
        // Jackson links the getter and the setter of a property: @JsonIgnore or a @JsonProperty
        // name on either one applies to both directions.
        String accessorName = getterName(method) != null ? getterName(method) : setterName(method);
        if (accessorName == null) {
          continue;
        }
        if (Annotations.has(method, Annotations.JSON_IGNORE)) {
          explicitlyIgnored.add(accessorName);
          continue;
        }
        if (annotated) {
          explicitNames.add(accessorName);
          Annotations.string(method, Annotations.JSON_PROPERTY, "value")
              .ifPresent(n -> renames.putIfAbsent(accessorName, n));
        }
        String javaName = direction == Direction.OUTPUT ? getterName(method) : setterName(method);
        if (javaName == null) {
          continue;
        }
        ExecutableType methodType = (ExecutableType) types.asMemberOf(type, method);
        TypeMirror propertyType =
            direction == Direction.OUTPUT
                ? methodType.getReturnType()
                : methodType.getParameterTypes().get(0);
        String jsonName =
            Annotations.string(method, Annotations.JSON_PROPERTY, "value")
                .orElseGet(
                    () ->
                        candidates.containsKey(javaName)
                            ? candidates.get(javaName).jsonName
                            : javaName);
        Candidate previous = candidates.get(javaName);
        String description = Javadoc.parse(elements.getDocComment(method)).description();
        if (previous == null) {
          candidates.put(javaName, new Candidate(jsonName, propertyType, method, description));
        } else if (Annotations.has(method, Annotations.JSON_PROPERTY)) {
          candidates.put(
              javaName,
              new Candidate(
                  jsonName,
                  previous.type,
                  previous.element,
                  previous.description.isEmpty() ? description : previous.description));
        }
      }
    }
    Javadoc creatorDoc = Javadoc.parse(creator == null ? null : elements.getDocComment(creator));
    if (direction == Direction.INPUT) {
      if (creator != null) {
        ExecutableType creatorType = (ExecutableType) types.asMemberOf(type, creator);
        for (int i = 0; i < creator.getParameters().size(); i++) {
          VariableElement parameter = creator.getParameters().get(i);
          Optional<String> jsonName =
              Annotations.string(parameter, Annotations.JSON_PROPERTY, "value");
          if (jsonName.isEmpty()) {
            throw new UnsupportedTypeException(
                path,
                "@JsonCreator parameter '"
                    + parameter.getSimpleName()
                    + "' of "
                    + element.getQualifiedName()
                    + " has no @JsonProperty name",
                "annotate every @JsonCreator parameter with @JsonProperty(\"name\") (Jackson cannot see parameter names), or make the type a record");
          }
          String javaName = parameter.getSimpleName().toString();
          candidates.remove(javaName);
          // A field or setter of another Java name may carry the same JSON name: the creator wins.
          candidates.values().removeIf(c -> c.jsonName.equals(jsonName.get()));
          candidates.put(
              javaName,
              new Candidate(
                  jsonName.get(),
                  creatorType.getParameterTypes().get(i),
                  parameter,
                  creatorDoc.param(javaName)));
        }
      } else if (!hasDefaultConstructor
          && !ElementFilter.constructorsIn(element.getEnclosedElements()).isEmpty()) {
        throw new UnsupportedTypeException(
            path,
            "class "
                + element.getQualifiedName()
                + " has no public no-argument constructor and no @JsonCreator, so Jackson cannot create it",
            "add a public no-argument constructor with setters, or make it a record");
      }
    }
    List<String> fieldOrder = new ArrayList<>(backingFields.keySet());
    List<Map.Entry<String, Candidate>> ordered = new ArrayList<>(candidates.entrySet());
    // Declaration order of the fields; properties without a field (getter or setter only) follow in
    // the order they were found. The sort is stable.
    ordered.sort(
        java.util.Comparator.comparingInt(
            e -> {
              int index = fieldOrder.indexOf(e.getKey());
              return index < 0 ? Integer.MAX_VALUE : index;
            }));
    List<PropertyModel> properties = new ArrayList<>();
    for (Map.Entry<String, Candidate> e : ordered) {
      Candidate c = e.getValue();
      // As Jackson: @JsonIgnore on any accessor drops the property, unless another one carries
      // @JsonProperty; a name on any accessor names the property.
      String jsonName =
          Annotations.string(c.element, Annotations.JSON_PROPERTY, "value")
              .orElse(renames.getOrDefault(e.getKey(), c.jsonName));
      if ((explicitlyIgnored.contains(e.getKey()) && !explicitNames.contains(e.getKey()))
          || ignoredNames.contains(jsonName)) {
        continue;
      }
      VariableElement field = backingFields.get(e.getKey());
      String description =
          Descriptions.property(c.element, field)
              .orElseGet(
                  () ->
                      !c.description.isEmpty() || field == null
                          ? c.description
                          : Javadoc.parse(elements.getDocComment(field)).description());
      Element annotated =
          field != null
                  && field != c.element
                  && !Annotations.isNullable(c.element, null)
                  && Annotations.isNullable(field, field.asType())
              ? field
              : c.element;
      properties.add(
          property(
              jsonName,
              c.type,
              annotated,
              c.element,
              direction,
              child(path, jsonName),
              description,
              defaultValue(c.element).or(() -> defaultValue(field)).orElse(null)));
    }
    if (properties.isEmpty()) {
      throw new UnsupportedTypeException(
          path,
          "class "
              + element.getQualifiedName()
              + " has no properties Jackson can "
              + (direction == Direction.INPUT ? "set" : "read"),
          direction == Direction.INPUT
              ? "add setters or public fields, or make it a record"
              : "add getters or public fields, or make it a record");
    }
    return new TypeModel.ObjectType(
        type,
        element.getQualifiedName().toString(),
        List.copyOf(properties),
        ignoresUnknown(element),
        Descriptions.type(element, Javadoc.parse(elements.getDocComment(element)).description()));
  }

  /**
   * Jackson annotations that change a type's JSON shape in ways the gateway's schema (and the
   * generated readers and writers) cannot follow: a compile error with the fix, instead of a schema
   * that silently disagrees with what Jackson would read or write. The table in
   * docs/writing-tools.md lists every Jackson annotation and what Toolwright does with it.
   */
  private static final Map<String, String> SHAPE_CHANGING =
      Map.ofEntries(
          Map.entry(
              "JsonUnwrapped",
              "declare the inner properties on the outer type, or keep the nested object"),
          Map.entry("JsonAnyGetter", "use a Map<String, V> property for free-form keys"),
          Map.entry("JsonAnySetter", "use a Map<String, V> property for free-form keys"),
          Map.entry(
              "JsonTypeInfo",
              "use one concrete record per tool, or a property that names the kind"),
          Map.entry(
              "JsonSubTypes",
              "use one concrete record per tool, or a property that names the kind"),
          Map.entry("JsonNaming", "name properties with @JsonProperty(\"...\") instead"),
          Map.entry("JsonGetter", "use @JsonProperty(\"...\") instead"),
          Map.entry("JsonSetter", "use @JsonProperty(\"...\") instead"),
          Map.entry(
              "JsonAutoDetect", "use public accessors, or @JsonProperty on the members to include"),
          Map.entry(
              "JsonFormat",
              "use the ISO-8601 form the schema describes, or a String parsed in the method"),
          Map.entry("JsonRawValue", "return the value as a record, a map or a String"),
          Map.entry("JsonIgnoreType", "leave the property out with @JsonIgnore"));

  private static void checkJacksonAnnotations(TypeElement element, String path)
      throws UnsupportedTypeException {
    checkJacksonAnnotations(element, element, path);
    for (Element member : element.getEnclosedElements()) {
      checkJacksonAnnotations(element, member, path);
      if (member instanceof ExecutableElement) {
        for (VariableElement parameter : ((ExecutableElement) member).getParameters()) {
          checkJacksonAnnotations(element, parameter, path);
        }
      }
    }
  }

  private static void checkJacksonAnnotations(TypeElement type, Element annotated, String path)
      throws UnsupportedTypeException {
    for (javax.lang.model.element.AnnotationMirror m : annotated.getAnnotationMirrors()) {
      TypeElement annotation = (TypeElement) m.getAnnotationType().asElement();
      String name = annotation.getQualifiedName().toString();
      if (!name.startsWith("com.fasterxml.jackson.annotation.")) {
        continue;
      }
      String simple = annotation.getSimpleName().toString();
      String where =
          annotated == type
              ? type.getQualifiedName().toString()
              : type.getQualifiedName() + "." + annotated.getSimpleName();
      String fix = SHAPE_CHANGING.get(simple);
      if (simple.equals("JsonFormat") && type.getKind() == ElementKind.ENUM) {
        fix =
            "leave the enum written as its wire values (strings); rename a constant with @JsonProperty(\"...\")";
      }
      if (simple.equals("JsonValue") && type.getKind() != ElementKind.ENUM) {
        fix = "return a String or a record instead; @JsonValue is supported on enums";
      }
      if (simple.equals("JsonProperty")) {
        for (var e : m.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("access")
              && !e.getValue().getValue().toString().equals("AUTO")) {
            throw new UnsupportedTypeException(
                path,
                "@JsonProperty(access = "
                    + e.getValue().getValue()
                    + ") on "
                    + where
                    + " makes a property one-way, which the tool's schema cannot say",
                "use separate input and output types, or @JsonIgnore");
          }
        }
      }
      if (fix != null) {
        throw new UnsupportedTypeException(
            path,
            "@"
                + simple
                + " on "
                + where
                + " changes the JSON in a way the tool's schema cannot describe",
            fix);
      }
    }
  }

  private record Candidate(String jsonName, TypeMirror type, Element element, String description) {}

  /**
   * Builds a property: unwraps Optional/@Nullable, resolves the type, decides whether it is
   * required.
   */
  public PropertyModel property(
      String jsonName,
      TypeMirror type,
      Element annotated,
      Direction direction,
      String path,
      String description,
      String defaultValue)
      throws UnsupportedTypeException {
    return property(
        jsonName, type, annotated, annotated, direction, path, description, defaultValue);
  }

  private PropertyModel property(
      String jsonName,
      TypeMirror type,
      Element annotated,
      Element source,
      Direction direction,
      String path,
      String description,
      String defaultValue)
      throws UnsupportedTypeException {
    Unwrapped unwrapped = unwrap(type, annotated, path);
    TypeModel model = resolve(unwrapped.type(), direction, path);
    boolean required = unwrapped.optionality() == Optionality.NONE && defaultValue == null;
    return new PropertyModel(
        jsonName,
        model,
        unwrapped.optionality(),
        required,
        description == null ? "" : description,
        defaultValue,
        source);
  }

  private static Optional<String> defaultValue(Element element) {
    if (element == null) {
      return Optional.empty();
    }
    return Annotations.find(element, Annotations.TOOL_PARAM)
        .flatMap(m -> Annotations.value(m, "defaultValue"))
        .map(Object::toString)
        .filter(v -> !v.equals(dev.toolwright.ToolParam.NO_DEFAULT));
  }

  private static boolean ignoresUnknown(TypeElement element) {
    return Annotations.find(element, Annotations.JSON_IGNORE_PROPERTIES)
        .flatMap(m -> Annotations.value(m, "ignoreUnknown"))
        .map(v -> (Boolean) v)
        .orElse(false);
  }

  private static Set<String> ignoredNames(TypeElement element) {
    Set<String> names = new java.util.HashSet<>();
    Annotations.find(element, Annotations.JSON_IGNORE_PROPERTIES)
        .flatMap(m -> Annotations.value(m, "value"))
        .ifPresent(
            v -> {
              for (Object item : (List<?>) v) {
                names.add(((AnnotationValue) item).getValue().toString());
              }
            });
    return names;
  }

  private static VariableElement field(TypeElement element, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return field;
      }
    }
    return null;
  }

  private TypeElement superclass(TypeElement element) {
    TypeMirror superclass = element.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        ? (TypeElement) types.asElement(superclass)
        : null;
  }

  /**
   * Jackson's (legacy) getter naming: {@code getURL} is {@code url}, {@code isActive} is {@code
   * active}.
   */
  static String getterName(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return null;
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      return mangle(name.substring(3));
    }
    if (name.startsWith("is")
        && name.length() > 2
        && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return mangle(name.substring(2));
    }
    return null;
  }

  static String setterName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    if (method.getParameters().size() != 1 || !name.startsWith("set") || name.length() <= 3) {
      return null;
    }
    return mangle(name.substring(3));
  }

  private static String mangle(String suffix) {
    StringBuilder sb = new StringBuilder(suffix);
    for (int i = 0; i < sb.length(); i++) {
      char c = sb.charAt(i);
      char lower = Character.toLowerCase(c);
      if (c == lower) {
        break;
      }
      sb.setCharAt(i, lower);
    }
    return sb.toString();
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  @SafeVarargs
  private static Optional<String> firstNonEmpty(Optional<String>... options) {
    for (Optional<String> o : options) {
      if (o.isPresent()) {
        return o;
      }
    }
    return Optional.empty();
  }

  static String qualifiedName(TypeMirror type) {
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
