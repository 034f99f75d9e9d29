package dev.toolwright.it.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation/SAM YAML template into plain maps and lists, turning the short-form tags
 * into their long forms ({@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B} becomes
 * {@code {"Fn::GetAtt": ["A", "B"]}}), the way CloudFormation reads them. A tag that is not a
 * CloudFormation function fails the load.
 */
final class CfnYaml {

  /** Short-form tag (without "!") to the long-form key. */
  static final Map<String, String> SHORT_FORMS = shortForms();

  private CfnYaml() {}

  private static Map<String, String> shortForms() {
    Map<String, String> forms = new LinkedHashMap<>();
    forms.put("Ref", "Ref");
    forms.put("Condition", "Condition");
    for (String fn :
        List.of(
            "And",
            "Base64",
            "Cidr",
            "Equals",
            "FindInMap",
            "GetAtt",
            "GetAZs",
            "If",
            "ImportValue",
            "Join",
            "Length",
            "Not",
            "Or",
            "Select",
            "Split",
            "Sub",
            "ToJsonString",
            "Transform")) {
      forms.put(fn, "Fn::" + fn);
    }
    return Map.copyOf(forms);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Object document = new Yaml(new CfnConstructor(new LoaderOptions())).load(reader);
      if (!(document instanceof Map)) {
        throw new IOException(file + " is not a YAML mapping");
      }
      return (Map<String, Object>) document;
    }
  }

  private static final class CfnConstructor extends SafeConstructor {

    CfnConstructor(LoaderOptions options) {
      super(options);
      SHORT_FORMS.forEach(
          (tag, longForm) -> yamlConstructors.put(new Tag("!" + tag), new Intrinsic(longForm)));
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String longForm;

      Intrinsic(String longForm) {
        this.longForm = longForm;
      }

      @Override
      public Object construct(Node node) {
        Object value;
        if (node instanceof ScalarNode scalar) {
          String text = constructScalar(scalar);
          // !GetAtt Resource.Attribute: the attribute may itself contain dots.
          value =
              longForm.equals("Fn::GetAtt") && text.contains(".")
                  ? List.of(
                      text.substring(0, text.indexOf('.')), text.substring(text.indexOf('.') + 1))
                  : text;
        } else if (node instanceof SequenceNode sequence) {
          value = constructSequence(sequence);
        } else {
          value = constructMapping((MappingNode) node);
        }
        return Map.of(longForm, value);
      }
    }
  }
}
