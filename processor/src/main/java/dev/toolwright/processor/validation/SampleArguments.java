package dev.toolwright.processor.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.toolwright.processor.model.PropertyModel;
import dev.toolwright.processor.model.TypeModel;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks the arguments of a tool's {@code @Tool(primeWith = ...)} sample call against its
 * parameters at compile time: exactly what the schema says, without the run-time leniency, so a
 * sample that compiles is one the tool accepts.
 */
final class SampleArguments {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleArguments() {}

  /**
   * The first problem of {@code json} as the arguments of a tool with these parameters, or null.
   */
  static String problem(String json, List<PropertyModel> parameters) {
    JsonNode sample;
    try {
      sample = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return "it is not valid JSON (" + e.getOriginalMessage() + ")";
    }
    if (sample == null || !sample.isObject()) {
      return "it is not a JSON object of the tool's arguments";
    }
    return object(sample, parameters, false, "");
  }

  private static String object(
      JsonNode node, List<PropertyModel> properties, boolean ignoreUnknown, String path) {
    Map<String, PropertyModel> byName = new HashMap<>();
    for (PropertyModel p : properties) {
      byName.put(p.jsonName(), p);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      PropertyModel property = byName.get(field.getKey());
      String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      if (property == null) {
        if (!ignoreUnknown) {
          return "'"
              + at
              + "' is not a "
              + (path.isEmpty() ? "parameter of the tool" : "property of '" + path + "'");
        }
        continue;
      }
      if (field.getValue().isNull()) {
        if (property.optionality() == PropertyModel.Optionality.NONE) {
          return "'" + at + "' is null, but it is not optional";
        }
        continue;
      }
      String problem = value(field.getValue(), property.type(), at);
      if (problem != null) {
        return problem;
      }
    }
    for (PropertyModel p : properties) {
      if (p.required() && !node.has(p.jsonName())) {
        return "'" + (path.isEmpty() ? "" : path + ".") + p.jsonName() + "' is missing";
      }
    }
    return null;
  }

  private static String value(JsonNode node, TypeModel type, String path) {
    if (type instanceof TypeModel.ObjectType object) {
      return node.isObject()
          ? object(node, object.properties(), object.ignoreUnknown(), path)
          : expected(path, "an object", node);
    }
    if (type instanceof TypeModel.ArrayType array) {
      if (!node.isArray()) {
        return expected(path, "an array", node);
      }
      for (int i = 0; i < node.size(); i++) {
        String problem = value(node.get(i), array.element(), path + "[" + i + "]");
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (type instanceof TypeModel.MapType map) {
      if (!node.isObject()) {
        return expected(path, "an object", node);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String problem = value(entry.getValue(), map.value(), path + "['" + entry.getKey() + "']");
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    if (type instanceof TypeModel.EnumType e) {
      return node.isTextual() && e.wireValues().contains(node.textValue())
          ? null
          : expected(path, "one of " + e.wireValues(), node);
    }
    if (type instanceof TypeModel.Formatted formatted) {
      return node.isTextual() && formatted.format().accepts(node.textValue())
          ? null
          : expected(path, formatted.format().hint(), node);
    }
    TypeModel.Scalar scalar = (TypeModel.Scalar) type;
    switch (scalar.kind()) {
      case STRING:
        return node.isTextual() ? null : expected(path, "a string", node);
      case CHAR:
        return node.isTextual() && node.textValue().length() == 1
            ? null
            : expected(path, "one character", node);
      case BOOLEAN:
        return node.isBoolean() ? null : expected(path, "true or false", node);
      case BYTE:
        return integer(node, path, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT:
        return integer(node, path, Short.MIN_VALUE, Short.MAX_VALUE);
      case INT:
        return integer(node, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG:
        return integer(node, path, Long.MIN_VALUE, Long.MAX_VALUE);
      case BIG_INTEGER:
        return node.isIntegralNumber() ? null : expected(path, "an integer", node);
      default:
        return node.isNumber() ? null : expected(path, "a number", node);
    }
  }

  private static String integer(JsonNode node, String path, long min, long max) {
    if (!node.isIntegralNumber()) {
      return expected(path, "an integer", node);
    }
    BigInteger value = node.bigIntegerValue();
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      return "'" + path + "' is " + value + ", outside " + min + " to " + max;
    }
    return null;
  }

  private static String expected(String path, String what, JsonNode got) {
    return "'" + path + "' should be " + what + ", not " + got;
  }
}
