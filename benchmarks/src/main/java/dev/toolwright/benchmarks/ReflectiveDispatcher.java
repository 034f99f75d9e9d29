package dev.toolwright.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.GatewayContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The run-time-reflection design Toolwright replaces, in the style of Spring AI's {@code
 * MethodToolCallback}: find the {@link Method} by tool name, parse the arguments to a {@code Map},
 * convert each one to its parameter's generic type with {@link ObjectMapper#convertValue}, call
 * {@link Method#invoke}, write the result with Jackson. Parameter names come from the generated
 * schema, where Spring AI reads them from {@code -parameters} bytecode.
 */
final class ReflectiveDispatcher {

  private static final TypeReference<Map<String, Object>> ARGUMENTS = new TypeReference<>() {};

  private final ObjectMapper mapper;
  private final Map<String, Target> tools = new HashMap<>();

  private static final class Target {
    final Object instance;
    final Method method;
    final String[] names;

    Target(Object instance, Method method, String[] names) {
      this.instance = instance;
      this.method = method;
      this.names = names;
    }
  }

  /** Serves every public instance method of the given objects as a tool named in snake_case. */
  ReflectiveDispatcher(ObjectMapper mapper, JsonNode schema, Object... toolObjects) {
    this.mapper = mapper;
    Map<String, List<String>> propertyNames = new HashMap<>();
    for (JsonNode tool : schema) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = tool.path("inputSchema").path("properties").fieldNames();
          it.hasNext(); ) {
        names.add(it.next());
      }
      propertyNames.put(tool.get("name").asText(), names);
    }
    for (Object toolObject : toolObjects) {
      for (Method method : toolObject.getClass().getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        String name = snakeCase(method.getName());
        List<String> properties = propertyNames.get(name);
        if (properties == null) {
          continue;
        }
        Parameter[] parameters = method.getParameters();
        String[] names = new String[parameters.length];
        int next = 0;
        for (int i = 0; i < parameters.length; i++) {
          names[i] = injected(parameters[i].getType()) ? null : properties.get(next++);
        }
        method.setAccessible(true);
        tools.put(name, new Target(toolObject, method, names));
      }
    }
  }

  /** One call: arguments JSON in, result JSON out. */
  void call(String toolName, InputStream in, OutputStream out) {
    Target target = tools.get(toolName);
    if (target == null) {
      throw new IllegalArgumentException("Unknown tool " + toolName);
    }
    try {
      Map<String, Object> arguments = mapper.readValue(in, ARGUMENTS);
      Parameter[] parameters = target.method.getParameters();
      Object[] values = new Object[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        if (target.names[i] == null) {
          continue; // an injected context: none in the warm path
        }
        Object raw = arguments.get(target.names[i]);
        JavaType type = mapper.getTypeFactory().constructType(parameters[i].getParameterizedType());
        values[i] = raw == null ? null : mapper.convertValue(raw, type);
      }
      Object result = target.method.invoke(target.instance, values);
      mapper.writeValue(out, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Tool " + toolName + " failed", e);
    }
  }

  private static boolean injected(Class<?> type) {
    return type == GatewayContext.class || type == Context.class;
  }

  static String snakeCase(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
