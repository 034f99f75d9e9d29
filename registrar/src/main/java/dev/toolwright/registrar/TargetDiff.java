package dev.toolwright.registrar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolDefinition;

/**
 * The differences between a deployed Lambda target and the desired one: target settings, then per
 * tool whether it was added, removed or changed, with a path-level diff inside changed schemas.
 *
 * <p>Schemas are compared in canonical form (properties sorted, {@code required} as a set, empty
 * {@code properties}/{@code required} treated as absent), so only meaningful changes show.
 */
public final class TargetDiff {

  private final boolean targetMissing;
  private final List<String> settingChanges;
  private final List<String> addedTools;
  private final List<String> removedTools;
  private final Map<String, List<String>> changedTools;

  private TargetDiff(
      boolean targetMissing,
      List<String> settingChanges,
      List<String> addedTools,
      List<String> removedTools,
      Map<String, List<String>> changedTools) {
    this.targetMissing = targetMissing;
    this.settingChanges = List.copyOf(settingChanges);
    this.addedTools = List.copyOf(addedTools);
    this.removedTools = List.copyOf(removedTools);
    this.changedTools = Collections.unmodifiableMap(new LinkedHashMap<>(changedTools));
  }

  /** A diff for a target that does not exist: every desired tool is added. */
  static TargetDiff missing(List<ToolDefinition> desired) {
    List<String> added = new ArrayList<>(SchemaJson.canonicalByName(desired).keySet());
    return new TargetDiff(true, List.of(), added, List.of(), Map.of());
  }

  /**
   * Compares a deployed target with the desired state.
   *
   * @param deployedTools the deployed inline tools, or {@code null} when the target has no inline
   *     schema
   * @param compareSettings which settings to compare: pairs of (name, deployed, desired); {@code
   *     null} values mean "none"
   */
  static TargetDiff compare(
      List<ToolDefinition> deployedTools,
      List<ToolDefinition> desiredTools,
      List<String[]> compareSettings) {
    List<String> settings = new ArrayList<>();
    for (String[] setting : compareSettings) {
      if (!Objects.equals(setting[1], setting[2])) {
        settings.add("~ " + setting[0] + ": " + quote(setting[1]) + " -> " + quote(setting[2]));
      }
    }
    Map<String, ObjectNode> deployed =
        SchemaJson.canonicalByName(deployedTools == null ? List.of() : deployedTools);
    Map<String, ObjectNode> desired = SchemaJson.canonicalByName(desiredTools);
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    Map<String, List<String>> changed = new LinkedHashMap<>();
    Set<String> names = new TreeSet<>(deployed.keySet());
    names.addAll(desired.keySet());
    for (String name : names) {
      ObjectNode before = deployed.get(name);
      ObjectNode after = desired.get(name);
      if (before == null) {
        added.add(name);
      } else if (after == null) {
        removed.add(name);
      } else if (!before.equals(after)) {
        List<String> lines = new ArrayList<>();
        diffNode("", before, after, lines);
        changed.put(name, lines);
      }
    }
    return new TargetDiff(false, settings, added, removed, changed);
  }

  private static void diffNode(String path, JsonNode before, JsonNode after, List<String> lines) {
    if (before.equals(after)) {
      return;
    }
    if (!before.isObject() || !after.isObject()) {
      lines.add("~ " + path + ": " + before + " -> " + after);
      return;
    }
    Set<String> keys = new TreeSet<>(keyOrder());
    before.properties().forEach(e -> keys.add(e.getKey()));
    after.properties().forEach(e -> keys.add(e.getKey()));
    for (String key : keys) {
      String child = path.isEmpty() ? key : path + SchemaJson.segment(key);
      JsonNode b = before.get(key);
      JsonNode a = after.get(key);
      if ("required".equals(key) && (b == null || b.isArray()) && (a == null || a.isArray())) {
        Set<String> was = texts(b);
        Set<String> now = texts(a);
        for (String name : now) {
          if (!was.contains(name)) {
            lines.add("+ " + child + ": " + name);
          }
        }
        for (String name : was) {
          if (!now.contains(name)) {
            lines.add("- " + child + ": " + name);
          }
        }
      } else if (b == null) {
        lines.add("+ " + child + ": " + a);
      } else if (a == null) {
        lines.add("- " + child + ": " + b);
      } else {
        diffNode(child, b, a, lines);
      }
    }
  }

  /** Schema keywords first in a natural order, then property names alphabetically. */
  private static java.util.Comparator<String> keyOrder() {
    List<String> order =
        List.of(
            "name",
            "type",
            "description",
            "inputSchema",
            "outputSchema",
            "properties",
            "required",
            "items");
    return (x, y) -> {
      int ix = order.indexOf(x);
      int iy = order.indexOf(y);
      if (ix >= 0 || iy >= 0) {
        return ix < 0 ? 1 : iy < 0 ? -1 : Integer.compare(ix, iy);
      }
      return x.compareTo(y);
    };
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> out = new TreeSet<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String quote(String value) {
    return value == null ? "(none)" : SchemaJson.MAPPER.getNodeFactory().textNode(value).toString();
  }

  /** Returns true when there is nothing to change. */
  public boolean inSync() {
    return !targetMissing
        && settingChanges.isEmpty()
        && addedTools.isEmpty()
        && removedTools.isEmpty()
        && changedTools.isEmpty();
  }

  /** Returns true when the target does not exist on the gateway. */
  public boolean targetMissing() {
    return targetMissing;
  }

  /** Returns the tools in the desired schema but not deployed, sorted. */
  public List<String> addedTools() {
    return addedTools;
  }

  /** Returns the deployed tools missing from the desired schema, sorted. */
  public List<String> removedTools() {
    return removedTools;
  }

  /** Returns the tools present on both sides whose definitions differ, sorted. */
  public List<String> changedTools() {
    return List.copyOf(changedTools.keySet());
  }

  /**
   * Returns changed target settings (lambda ARN, description, credentials, schema source), one line
   * each.
   */
  public List<String> settingChanges() {
    return settingChanges;
  }

  /**
   * Renders the diff for people: {@code +} is in the desired (built) state only, {@code -} is
   * deployed only, {@code ~} changed; paths inside a tool look like {@code
   * inputSchema.properties.orderId.type}.
   */
  public String render() {
    List<String> lines = new ArrayList<>();
    if (targetMissing) {
      lines.add(
          "  (target not deployed; registering creates it with "
              + addedTools.size()
              + " tool"
              + (addedTools.size() == 1 ? "" : "s")
              + ")");
    }
    settingChanges.forEach(s -> lines.add("  " + s));
    for (String name : addedTools) {
      lines.add("  + tool " + name);
    }
    for (String name : removedTools) {
      lines.add("  - tool " + name);
    }
    changedTools.forEach(
        (name, changes) -> {
          lines.add("  ~ tool " + name);
          changes.forEach(c -> lines.add("      " + c));
        });
    if (lines.isEmpty()) {
      lines.add("  (no differences)");
    }
    return String.join(System.lineSeparator(), lines);
  }

  /** Returns a one-line count of the differences, e.g. {@code 1 tool added, 2 changed}. */
  public String summary() {
    if (inSync()) {
      return "in sync";
    }
    List<String> parts = new ArrayList<>();
    if (targetMissing) {
      parts.add("target not deployed");
    }
    if (!settingChanges.isEmpty()) {
      parts.add(
          settingChanges.size()
              + " setting"
              + (settingChanges.size() == 1 ? "" : "s")
              + " changed");
    }
    if (!addedTools.isEmpty() && !targetMissing) {
      parts.add(addedTools.size() + " tool" + (addedTools.size() == 1 ? "" : "s") + " added");
    }
    if (!removedTools.isEmpty()) {
      parts.add(removedTools.size() + " tool" + (removedTools.size() == 1 ? "" : "s") + " removed");
    }
    if (!changedTools.isEmpty()) {
      parts.add(changedTools.size() + " tool" + (changedTools.size() == 1 ? "" : "s") + " changed");
    }
    return String.join(", ", parts);
  }
}
