package dev.toolwright.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.GatewayContext;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.emulation.GatewayLambdaContext;
import dev.toolwright.examples.calculator.Calculator;
import dev.toolwright.examples.calculator.Calculator_ToolDispatcher;
import dev.toolwright.examples.orders.OrderTools;
import dev.toolwright.examples.orders.OrderTools_ToolDispatcher;
import dev.toolwright.internal.Binding;
import dev.toolwright.internal.JsonSupport;
import dev.toolwright.internal.Shape;
import dev.toolwright.internal.Telemetry;
import dev.toolwright.internal.ToolArguments;
import dev.toolwright.internal.ToolEngine;
import dev.toolwright.internal.ToolResult;
import dev.toolwright.it.readme.TripTools;
import dev.toolwright.it.readme.TripTools_ToolDispatcher;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated readers and writers against today's Jackson path, on random values: for every tool of
 * the examples, the lowering corpus ({@link LoweringTools}) and the README-only tool class, random
 * arguments (nulls, empty collections, unicode, extreme numbers, every {@code java.time} type) are
 * sent through a handler with the generated dispatcher and through one whose dispatcher binds with
 * databind and writes with Jackson (the runtime's former path, kept here as the oracle): the
 * answers must be the same bytes, errors and their messages included. Then random results are
 * written by the generated writer and by Jackson: the same bytes again.
 */
class CodecDifferentialTest {

  private static final int TRIALS = 150;
  private static final JsonSupport JSON = new JsonSupport();
  private static final ObjectMapper MAPPER = JSON.mapper();
  private static final Telemetry SILENT =
      Telemetry.fromEnvironment(
          JSON, Map.of(Telemetry.LOG_LEVEL_ENV, "FATAL", Telemetry.METRICS_DISABLED_ENV, "true"));

  static Stream<Arguments> tools() {
    List<Arguments> all = new ArrayList<>();
    for (Object target :
        List.of(new LoweringTools(), new OrderTools(), new Calculator(), new TripTools())) {
      ToolDispatcher generated = dispatcherOf(target);
      for (String tool : generated.toolNames()) {
        all.add(Arguments.of(tool, target, generated));
      }
    }
    return all.stream();
  }

  private static ToolDispatcher dispatcherOf(Object target) {
    if (target instanceof OrderTools) {
      return new OrderTools_ToolDispatcher((OrderTools) target);
    }
    if (target instanceof Calculator) {
      return new Calculator_ToolDispatcher((Calculator) target);
    }
    if (target instanceof TripTools) {
      return new TripTools_ToolDispatcher((TripTools) target);
    }
    return new LoweringTools_ToolDispatcher((LoweringTools) target);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tools")
  void generatedReadersAndWriters_answerAsDatabindDid(
      String tool, Object target, ToolDispatcher generated) throws Exception {
    Method method = methodOf(target.getClass(), tool);
    Shape input = inputShape(generated, tool);
    ToolEngine subject = new ToolEngine(List.of(generated), JSON, 500, SILENT);
    ToolEngine oracle =
        new ToolEngine(
            List.of(new DatabindDispatcher(generated, target, method, input)), JSON, 500, SILENT);
    Random random = new Random(tool.hashCode());
    Values values = new Values(random);
    List<String> names = new ArrayList<>(input.properties().keySet());
    int answered = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      int n = 0;
      for (java.lang.reflect.Parameter p : method.getParameters()) {
        if (isInjected(p.getType())) {
          continue;
        }
        Object value =
            tool.equals("numbers")
                ? random.nextInt(50) - 5
                : values.of(p.getParameterizedType(), 0);
        if (value instanceof Optional && ((Optional<?>) value).isEmpty()
            || value instanceof OptionalInt && ((OptionalInt) value).isEmpty()
            || value instanceof OptionalLong && ((OptionalLong) value).isEmpty()
            || value instanceof OptionalDouble && ((OptionalDouble) value).isEmpty()) {
          n++;
          continue;
        }
        arguments.put(names.get(n++), value);
      }
      byte[] request = MAPPER.writeValueAsBytes(arguments);
      String expected = call(oracle, tool, request);
      String actual = call(subject, tool, request);
      assertEquals(
          expected, actual, () -> tool + " with " + new String(request, StandardCharsets.UTF_8));
      if (!expected.contains("\"isError\":true")) {
        answered++;
      }
    }
    // tools that look up data the random arguments never name answer with errors only
    if (!Set.of("injected", "cancel_order", "lookup_order").contains(tool)) {
      assertTrue(answered > 0, tool + ": no trial got past the checker; the corpus tests nothing");
    }

    // the way out alone: random results of the return type
    if (method.getReturnType() != void.class) {
      for (int trial = 0; trial < TRIALS; trial++) {
        Object result = values.of(method.getGenericReturnType(), 0);
        Object returned = DatabindDispatcher.asReturned(method, result);
        byte[] jackson = written(null, tool, returned);
        byte[] generatedBytes = written(generated, tool, returned);
        assertEquals(
            new String(jackson, StandardCharsets.UTF_8),
            new String(generatedBytes, StandardCharsets.UTF_8),
            () -> tool + " result " + result);
      }
    }
  }

  private static byte[] written(ToolDispatcher dispatcher, String tool, Object result)
      throws Exception {
    Method success =
        Class.forName("dev.toolwright.internal.Responses")
            .getDeclaredMethod(
                "success", JsonSupport.class, ToolDispatcher.class, String.class, Object.class);
    success.setAccessible(true);
    try {
      return (byte[]) success.invoke(null, JSON, dispatcher, tool, result);
    } catch (InvocationTargetException e) {
      return ("fails: " + e.getCause().getClass().getSimpleName()).getBytes(StandardCharsets.UTF_8);
    }
  }

  private static String call(ToolEngine engine, String tool, byte[] request) {
    GatewayLambdaContext context = GatewayLambdaContext.forTool("t", tool);
    String answer =
        new String(engine.invoke(request, request.length, context), StandardCharsets.UTF_8);
    // the correlation id of a masked failure is the request id, which differs per context
    return answer.replace(context.getAwsRequestId(), "<request>");
  }

  static boolean isInjected(Class<?> type) {
    return type == GatewayContext.class
        || type == com.amazonaws.services.lambda.runtime.Context.class;
  }

  static Method methodOf(Class<?> type, String tool) {
    // @Tool is not kept at run time: the tool name is the method name in snake case (the corpus
    // renames none)
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && snakeCase(m.getName()).equals(tool)) {
        return m;
      }
    }
    throw new AssertionError("no method for " + tool);
  }

  private static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        sb.append('_');
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString();
  }

  static Shape inputShape(ToolDispatcher dispatcher, String tool)
      throws ReflectiveOperationException {
    Field field = dispatcher.getClass().getDeclaredField(tool.toUpperCase(Locale.ROOT) + "_INPUT");
    field.setAccessible(true);
    return (Shape) field.get(null);
  }

  /**
   * Today's path, as the oracle: the same checker, then databind binds each argument from the
   * checked tree ({@code ToolArguments.value} with a {@link Binding}) and Jackson writes the
   * result.
   */
  static final class DatabindDispatcher implements ToolDispatcher {
    private final ToolDispatcher generated;
    private final Object target;
    private final Method method;
    private final Shape input;

    DatabindDispatcher(ToolDispatcher generated, Object target, Method method, Shape input) {
      this.generated = generated;
      this.target = target;
      this.method = method;
      this.input = input;
    }

    @Override
    public String toolClassName() {
      return generated.toolClassName();
    }

    @Override
    public List<String> toolNames() {
      return generated.toolNames();
    }

    @Override
    public Object dispatch(String toolName, ToolArguments arguments) throws Exception {
      arguments.check(input);
      List<String> names = new ArrayList<>(input.properties().keySet());
      Object[] values = new Object[method.getParameterCount()];
      int n = 0;
      for (int i = 0; i < values.length; i++) {
        java.lang.reflect.Parameter p = method.getParameters()[i];
        if (p.getType() == GatewayContext.class) {
          values[i] = arguments.gatewayContext();
          continue;
        }
        if (p.getType() == com.amazonaws.services.lambda.runtime.Context.class) {
          values[i] = arguments.lambdaContext();
          continue;
        }
        String name = names.get(n++);
        Type type = p.getParameterizedType();
        if (p.getType() == Optional.class) {
          values[i] =
              arguments.optional(
                  name,
                  Binding.of(canonical(((ParameterizedType) type).getActualTypeArguments()[0])));
        } else if (p.getType() == OptionalInt.class) {
          values[i] = arguments.optionalInt(name);
        } else if (p.getType() == OptionalLong.class) {
          values[i] = arguments.optionalLong(name);
        } else if (p.getType() == OptionalDouble.class) {
          values[i] = arguments.optionalDouble(name);
        } else {
          values[i] =
              arguments.value(
                  name,
                  type instanceof Class
                      ? Binding.of(boxed((Class<?>) type))
                      : Binding.of(canonical(type)));
        }
      }
      Object result;
      try {
        result = method.invoke(Modifier.isStatic(method.getModifiers()) ? null : target, values);
      } catch (InvocationTargetException e) {
        throw (Exception) e.getCause();
      }
      return asReturned(method, result);
    }

    /** What the generated dispatch returns for a method's result: as it is, wrapped, or VOID. */
    static Object asReturned(Method method, Object result) {
      Class<?> type = method.getReturnType();
      if (type == void.class) {
        return ToolResult.VOID;
      }
      boolean object =
          Map.class.isAssignableFrom(type)
              || !(type.isPrimitive()
                  || type.isArray()
                  || type.isEnum()
                  || Collection.class.isAssignableFrom(type)
                  || type.getName().startsWith("java."));
      return object ? result : ToolResult.wrap(result);
    }

    private static String canonical(Type type) {
      if (type instanceof Class) {
        Class<?> c = (Class<?>) type;
        if (c.isPrimitive()) {
          return boxed(c).getName();
        }
        return c.isArray() ? canonical(c.getComponentType()) + "[]" : c.getName();
      }
      if (type instanceof GenericArrayType) {
        return canonical(((GenericArrayType) type).getGenericComponentType()) + "[]";
      }
      ParameterizedType p = (ParameterizedType) type;
      StringBuilder sb = new StringBuilder(((Class<?>) p.getRawType()).getName()).append('<');
      Type[] args = p.getActualTypeArguments();
      for (int i = 0; i < args.length; i++) {
        sb.append(i == 0 ? "" : ",").append(canonical(args[i]));
      }
      return sb.append('>').toString();
    }
  }

  @SuppressWarnings("unchecked")
  static <T> Class<T> boxed(Class<?> c) {
    return (Class<T>) (c.isPrimitive() ? Array.get(Array.newInstance(c, 1), 0).getClass() : c);
  }

  /** Random values of a Java type, as a property-based test draws them. */
  static final class Values {
    private static final String[] TEXTS = {
      "",
      " ",
      "a",
      "héllo wörld",
      "😀 emoji",
      "line\nbreak",
      "tab\t\"quote\"\\",
      "\u0000\u001f control",
      "日本語",
      "x".repeat(70),
      "-12",
      "7",
      "true",
      "{\"a\":1}",
      "[1,2]"
    };
    private static final String[] ZONES = {
      "Europe/Paris", "UTC", "America/New_York", "Asia/Kolkata", "Z"
    };
    private final Random random;

    Values(Random random) {
      this.random = random;
    }

    Object of(Type type, int depth) throws ReflectiveOperationException {
      if (type instanceof ParameterizedType) {
        ParameterizedType p = (ParameterizedType) type;
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (raw == Optional.class) {
          return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(of(args[0], depth + 1));
        }
        if (Map.class.isAssignableFrom(raw)) {
          Map<String, Object> map =
              raw.getName().contains("Tree")
                      || raw.getName().contains("Sorted")
                      || raw.getName().contains("Navigable")
                  ? new java.util.TreeMap<>()
                  : new LinkedHashMap<>();
          int size = depth > 3 ? 0 : random.nextInt(4);
          for (int i = 0; i < size; i++) {
            map.put(text(), of(args[1], depth + 1));
          }
          return map;
        }
        if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
          Collection<Object> c =
              SortedSet.class.isAssignableFrom(raw)
                  ? new TreeSet<>()
                  : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
          int size = depth > 3 ? 0 : random.nextInt(4);
          for (int i = 0; i < size; i++) {
            c.add(of(args[0], depth + 1));
          }
          return c;
        }
        return object(raw, p, depth);
      }
      if (type instanceof GenericArrayType) {
        throw new AssertionError("generic array " + type);
      }
      Class<?> c = (Class<?>) type;
      if (c.isArray()) {
        if (c == byte[].class) {
          byte[] bytes = new byte[random.nextInt(8)];
          random.nextBytes(bytes);
          return bytes;
        }
        int size = depth > 3 ? 0 : random.nextInt(4);
        Object array = Array.newInstance(c.getComponentType(), size);
        for (int i = 0; i < size; i++) {
          Array.set(array, i, of(c.getComponentType(), depth + 1));
        }
        return array;
      }
      Object scalar = scalar(c);
      if (scalar != null) {
        return scalar;
      }
      if (c.isEnum()) {
        Object[] constants = c.getEnumConstants();
        return constants[random.nextInt(constants.length)];
      }
      return object(c, null, depth);
    }

    private String text() {
      return TEXTS[random.nextInt(TEXTS.length)];
    }

    private Object scalar(Class<?> c) {
      if (c == String.class) {
        return text();
      }
      if (c == char.class || c == Character.class) {
        return (char) (' ' + random.nextInt(90));
      }
      if (c == boolean.class || c == Boolean.class) {
        return random.nextBoolean();
      }
      if (c == byte.class || c == Byte.class) {
        return (byte) pick(Byte.MIN_VALUE, Byte.MAX_VALUE, 0, -1, random.nextInt(256) - 128);
      }
      if (c == short.class || c == Short.class) {
        return (short) pick(Short.MIN_VALUE, Short.MAX_VALUE, 0, 1, random.nextInt(65536) - 32768);
      }
      if (c == int.class || c == Integer.class) {
        return (int) pick(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 7, random.nextInt());
      }
      if (c == long.class || c == Long.class) {
        return pick(Long.MIN_VALUE, Long.MAX_VALUE, 0, 9007199254740993L, random.nextLong());
      }
      if (c == double.class || c == Double.class) {
        double[] ds = {
          0.0,
          -0.0,
          0.1,
          1.5,
          1e-300,
          1.7976931348623157e308,
          4.9e-324,
          -2.5e15,
          1e21,
          123456.789,
          random.nextDouble() * 1e6
        };
        return ds[random.nextInt(ds.length)];
      }
      if (c == float.class || c == Float.class) {
        float[] fs = {0f, 0.25f, 1.1f, 3.4028235e38f, 1.4e-45f, -7.5f, random.nextFloat() * 1000};
        return fs[random.nextInt(fs.length)];
      }
      if (c == BigDecimal.class) {
        BigDecimal[] ds = {
          new BigDecimal("12.50"),
          new BigDecimal("0.000"),
          new BigDecimal("1E+3"),
          new BigDecimal("-98765432109876543210.0123456789"),
          BigDecimal.valueOf(random.nextLong(), random.nextInt(12))
        };
        return ds[random.nextInt(ds.length)];
      }
      if (c == BigInteger.class) {
        return new BigInteger(random.nextInt(200) + 1, random)
            .subtract(BigInteger.TEN.pow(random.nextInt(30)));
      }
      if (c == LocalDate.class) {
        return LocalDate.ofEpochDay(random.nextInt(2_900_000) - 700_000);
      }
      if (c == LocalTime.class) {
        return LocalTime.ofNanoOfDay(
            pick(
                0,
                86_399_999_999_999L,
                3_600_000_000_000L,
                45_296_000_000_000L,
                (long) (random.nextDouble() * 86_399_999_999_999L)));
      }
      if (c == LocalDateTime.class) {
        return LocalDateTime.of(
            (LocalDate) scalar(LocalDate.class), (LocalTime) scalar(LocalTime.class));
      }
      if (c == OffsetDateTime.class) {
        return OffsetDateTime.of(
            (LocalDateTime) scalar(LocalDateTime.class),
            ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800));
      }
      if (c == ZonedDateTime.class) {
        return ZonedDateTime.of(
            (LocalDateTime) scalar(LocalDateTime.class),
            ZoneId.of(ZONES[random.nextInt(ZONES.length)]));
      }
      if (c == Instant.class) {
        return Instant.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000_000));
      }
      if (c == Duration.class) {
        return Duration.ofSeconds(random.nextInt(1_000_000) - 1000, random.nextInt(1_000_000_000));
      }
      if (c == Period.class) {
        return Period.of(random.nextInt(20) - 5, random.nextInt(15), random.nextInt(40));
      }
      if (c == UUID.class) {
        return new UUID(random.nextLong(), random.nextLong());
      }
      if (c == URI.class) {
        String[] uris = {
          "https://example.com/a?b=c#d",
          "urn:isbn:0451450523",
          "",
          "mailto:ada@example.com",
          "relative/path"
        };
        return URI.create(uris[random.nextInt(uris.length)]);
      }
      if (c == OptionalInt.class) {
        return random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt());
      }
      if (c == OptionalLong.class) {
        return random.nextBoolean() ? OptionalLong.empty() : OptionalLong.of(random.nextLong());
      }
      if (c == OptionalDouble.class) {
        return random.nextBoolean()
            ? OptionalDouble.empty()
            : OptionalDouble.of(random.nextDouble());
      }
      return null;
    }

    private long pick(long... choices) {
      return choices[random.nextInt(choices.length)];
    }

    /**
     * A record (canonical constructor) or a bean (no-argument constructor, setters) of random
     * values.
     */
    private Object object(Class<?> c, ParameterizedType generic, int depth)
        throws ReflectiveOperationException {
      Map<String, Type> typeArguments = new LinkedHashMap<>();
      if (generic != null) {
        for (int i = 0; i < c.getTypeParameters().length; i++) {
          typeArguments.put(
              c.getTypeParameters()[i].getName(), generic.getActualTypeArguments()[i]);
        }
      }
      for (int attempt = 0; ; attempt++) {
        try {
          if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
              types[i] = components[i].getType();
              values[i] = component(components[i].getGenericType(), typeArguments, depth);
            }
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
          }
          for (Constructor<?> constructor : c.getConstructors()) {
            if (constructor.isAnnotationPresent(
                com.fasterxml.jackson.annotation.JsonCreator.class)) {
              Object[] values = new Object[constructor.getParameterCount()];
              for (int i = 0; i < values.length; i++) {
                values[i] = of(constructor.getGenericParameterTypes()[i], depth + 1);
              }
              return constructor.newInstance(values);
            }
          }
          Object bean = c.getConstructor().newInstance();
          for (Method m : c.getMethods()) {
            if (m.getName().startsWith("set")
                && m.getParameterCount() == 1
                && !Modifier.isStatic(m.getModifiers())) {
              m.invoke(bean, component(m.getGenericParameterTypes()[0], typeArguments, depth));
            }
          }
          for (Field f : c.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
              f.set(bean, component(f.getGenericType(), typeArguments, depth));
            }
          }
          return bean;
        } catch (InvocationTargetException e) {
          if (attempt > 20) {
            throw e; // a constructor that rejects every random value
          }
        }
      }
    }

    private Object component(Type type, Map<String, Type> typeArguments, int depth)
        throws ReflectiveOperationException {
      if (type instanceof java.lang.reflect.TypeVariable) {
        type = typeArguments.get(((java.lang.reflect.TypeVariable<?>) type).getName());
      }
      boolean reference = !(type instanceof Class && ((Class<?>) type).isPrimitive());
      if (reference
          && random.nextInt(12) == 0
          && !(type instanceof ParameterizedType
              && ((ParameterizedType) type).getRawType() == Optional.class)) {
        return null;
      }
      if (type instanceof ParameterizedType && typeArguments.size() > 0) {
        type = substitute((ParameterizedType) type, typeArguments);
      }
      return of(type, depth + 1);
    }

    private static Type substitute(ParameterizedType p, Map<String, Type> typeArguments) {
      Type[] args = p.getActualTypeArguments().clone();
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof java.lang.reflect.TypeVariable) {
          args[i] = typeArguments.get(((java.lang.reflect.TypeVariable<?>) args[i]).getName());
        } else if (args[i] instanceof ParameterizedType) {
          args[i] = substitute((ParameterizedType) args[i], typeArguments);
        }
      }
      return new ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
          return args;
        }

        @Override
        public Type getRawType() {
          return p.getRawType();
        }

        @Override
        public Type getOwnerType() {
          return p.getOwnerType();
        }
      };
    }
  }
}
