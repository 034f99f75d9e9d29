package dev.toolwright.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.SchemaType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolDefinition;

class ToolSchemaTest {

  @TempDir Path dir;

  @Test
  void readsAJsonFile() throws Exception {
    ToolSchema schema = ToolSchema.read(Fixtures.writeJson(dir, "orders-v1.json"));

    assertEquals(List.of("lookup_order", "list_recent_orders"), schema.toolNames());
    ToolDefinition lookup = schema.toolDefinitions().get(0);
    assertEquals(SchemaType.OBJECT, lookup.inputSchema().type());
    assertEquals(List.of("orderId", "includeItems"), lookup.inputSchema().required());
    assertEquals(
        List.of("orderId", "includeItems"),
        List.copyOf(lookup.inputSchema().properties().keySet()));
    assertEquals(
        SchemaType.STRING,
        lookup.outputSchema().properties().get("items").items().properties().get("sku").type());
    assertTrue(
        schema.toolDefinitions().get(1).inputSchema().hasProperties(), "empty properties are kept");
  }

  @Test
  void readsTheSchemaInsideAToolJar() throws Exception {
    Path jar = Fixtures.writeToolJar(dir, "orders-v2.json");

    ToolSchema schema = ToolSchema.read(jar);

    assertEquals(List.of("lookup_order", "cancel_order"), schema.toolNames());
    assertEquals(jar + "!/META-INF/toolwright/tool-schema.json", schema.source());
  }

  @Test
  void readsTheBuildTree() throws Exception {
    Path module = dir.resolve("orders-tools");
    Path resource = module.resolve("target/classes/META-INF/toolwright/tool-schema.json");
    Files.createDirectories(resource.getParent());
    Files.writeString(resource, Fixtures.schemaText("orders-v1.json"));

    assertEquals(2, ToolSchema.read(module).toolNames().size());
    assertEquals(2, ToolSchema.read(module.resolve("target/classes")).toolNames().size());
  }

  @Test
  void jarWithoutSchema_explainsTheProcessorSetup() throws Exception {
    Path jar = Fixtures.writeToolJar(dir, null);

    RegistrarException e = assertThrows(RegistrarException.class, () -> ToolSchema.read(jar));

    assertEquals(RegistrarException.Kind.INVALID_INPUT, e.kind());
    assertTrue(
        e.getMessage().contains("has no META-INF/toolwright/tool-schema.json"), e.getMessage());
    assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
  }

  @Test
  void missingFile_saysWhatToPass() {
    RegistrarException e =
        assertThrows(RegistrarException.class, () -> ToolSchema.read(dir.resolve("nope.json")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void rejectsEverythingTheGatewayWouldReject_listingEachProblemWithItsPath() {
    RegistrarException e =
        assertThrows(RegistrarException.class, () -> Fixtures.schema("not-accepted.json"));

    String m = e.getMessage();
    assertEquals(RegistrarException.Kind.INVALID_INPUT, e.kind());
    assertTrue(m.contains("search.inputSchema.properties.status: \"enum\" is not accepted"), m);
    assertTrue(m.contains("search.inputSchema.properties.tags.items: \"type\" is required"), m);
    assertTrue(m.contains("search.inputSchema.properties.when: \"anyOf\" is not accepted"), m);
    assertTrue(m.contains("search.inputSchema: \"additionalProperties\" is not accepted"), m);
    assertTrue(
        m.contains("search.outputSchema: must have \"type\": \"object\", not \"string\""), m);
    assertTrue(m.contains("search: the tool name is used more than once"), m);
    assertTrue(m.contains("search: \"description\" is required"), m);
  }

  @Test
  void rejectsMalformedJsonAndWrongShapes() {
    RegistrarException syntax =
        assertThrows(RegistrarException.class, () -> ToolSchema.parse("[{", "s.json"));
    assertTrue(
        syntax.getMessage().startsWith("Schema s.json is not valid JSON"), syntax.getMessage());

    RegistrarException object =
        assertThrows(RegistrarException.class, () -> ToolSchema.parse("{}", "s.json"));
    assertTrue(object.getMessage().contains("must be a JSON array"), object.getMessage());

    RegistrarException empty =
        assertThrows(RegistrarException.class, () -> ToolSchema.parse("[]", "s.json"));
    assertTrue(empty.getMessage().contains("at least one tool"), empty.getMessage());

    RegistrarException duplicateKey =
        assertThrows(
            RegistrarException.class,
            () -> ToolSchema.parse("[{\"name\":\"a\",\"name\":\"b\"}]", "s.json"));
    assertTrue(
        duplicateKey.getMessage().contains("Duplicate field 'name'"), duplicateKey.getMessage());
  }
}
