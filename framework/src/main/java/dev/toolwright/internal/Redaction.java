package dev.toolwright.internal;

import dev.toolwright.ArgumentRedactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Masks secret-looking properties in logged arguments (see {@link ArgumentRedactor}). Not API. */
public final class Redaction {

  /**
   * Masked whatever the redactor: names containing these (lower case, without {@code _} and {@code
   * -}).
   */
  static final String[] SECRET_NAME_PARTS = {
    "password",
    "passwd",
    "secret",
    "token",
    "authorization",
    "apikey",
    "credential",
    "cookie",
    "privatekey"
  };

  private static final JsonValue MASKED = JsonValue.text(ArgumentRedactor.MASK);

  private Redaction() {}

  /** Lower case, without {@code _} and {@code -}: the form names are compared in. */
  public static String[] normalise(String... nameParts) {
    List<String> parts = new ArrayList<>();
    for (String part : nameParts) {
      String p = part == null ? "" : normaliseName(part);
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return parts.toArray(new String[0]);
  }

  private static String normaliseName(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  static boolean matches(String name, String[] parts) {
    String n = normaliseName(name);
    for (String part : parts) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Replaces, in place and at any depth, the value of every property whose name matches {@code
   * parts}.
   */
  public static void mask(com.fasterxml.jackson.databind.JsonNode node, String[] parts) {
    Databind.mask(node, parts);
  }

  /**
   * Replaces, in place and at any depth, the value of every property whose name matches {@code
   * parts}.
   */
  static void mask(JsonValue node, String[] parts) {
    if (node != null && node.isObject()) {
      Map<String, JsonValue> object = node.members();
      List<String> masked = null;
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        if (matches(e.getKey(), parts)) {
          if (masked == null) {
            masked = new ArrayList<>();
          }
          masked.add(e.getKey());
        } else {
          mask(e.getValue(), parts);
        }
      }
      if (masked != null) {
        for (String key : masked) {
          object.put(key, MASKED);
        }
      }
    } else if (node != null && node.isArray()) {
      for (JsonValue item : node.items()) {
        mask(item, parts);
      }
    }
  }

  /**
   * What to log of a call's arguments: {@code privateCopy} (changed in place) with secrets masked,
   * then through the user's redactor.
   */
  static JsonValue forLog(
      String tool, JsonValue privateCopy, ArgumentRedactor redactor, JsonSupport json)
      throws java.io.IOException {
    mask(privateCopy, SECRET_NAME_PARTS);
    // a redactor works on a Jackson tree (its API): databind is loaded only when one is set
    return redactor == null ? privateCopy : Databind.redact(json, tool, privateCopy, redactor);
  }
}
