package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.Diagnosing.assertError;
import static dev.toolwright.processor.Diagnosing.assertWarning;
import static dev.toolwright.processor.Diagnosing.tools;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;
import static dev.toolwright.processor.ProcessorTesting.javac;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code outputSchema} is opt-in (strict MCP clients reject answers without {@code
 * structuredContent}, which the gateway may not add), honest about what the handler always writes,
 * and described by {@code @return}; the name-length check counts the client's prefix.
 */
class OutputSchemaTest {

  private static final JavaFileObject TOOLS =
      tools(
          """
        /** A shipment. */
        public record Shipment(String id, int parcels, boolean insured, Optional<String> note, List<String> stops) {}

        /**
         * Ships an order.
         *
         * @param orderId the order
         * @return the shipment that was booked
         */
        @Tool
        public Shipment ship(String orderId) {
          return null;
        }

        /**
         * Counts parcels.
         *
         * @return how many parcels are waiting
         */
        @Tool(outputSchema = true)
        public int countParcels() {
          return 0;
        }

        /**
         * Names the carrier.
         *
         * @return the carrier's name, if one was chosen
         */
        @Tool
        public String carrier() {
          return null;
        }
      """);

  @Test
  void byDefault_onlyToolsThatAskListAnOutputSchema() {
    Compilation compilation = javac().compile(TOOLS);
    assertSucceededWithoutWarnings(compilation);
    JsonNode schema = ProcessorTesting.schema(compilation);
    assertThat(ProcessorTesting.tool(schema, "ship").has("outputSchema")).isFalse();
    assertThat(ProcessorTesting.tool(schema, "carrier").has("outputSchema")).isFalse();
    ProcessorTesting.assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"integer\","
            + " \"description\": \"how many parcels are waiting\"}}, \"required\": [\"result\"]}",
        ProcessorTesting.tool(schema, "count_parcels").path("outputSchema"));
  }

  @Test
  void theOption_listsEveryOutputSchema_requiringOnlyWhatIsAlwaysWritten() {
    Compilation compilation = javac("-Atoolwright.outputSchema=true").compile(TOOLS);
    assertSucceededWithoutWarnings(compilation);
    JsonNode schema = ProcessorTesting.schema(compilation);
    // primitives are always written; a null String, Optional or List is left out of the answer
    ProcessorTesting.assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"id\": {\"type\": \"string\"}, \"parcels\": {\"type\": \"integer\"}, \"insured\": {\"type\": \"boolean\"},"
            + "\"note\": {\"type\": \"string\"}, \"stops\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}},"
            + "\"required\": [\"parcels\", \"insured\"], \"description\": \"the shipment that was booked\"}",
        ProcessorTesting.tool(schema, "ship").path("outputSchema"));
    ProcessorTesting.assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"string\","
            + " \"description\": \"the carrier's name, if one was chosen\"}}}",
        ProcessorTesting.tool(schema, "carrier").path("outputSchema"));
    // the input side keeps its own rule: what the agent must send
    assertThat(
            ProcessorTesting.tool(schema, "ship").path("inputSchema").path("required").toString())
        .isEqualTo("[\"orderId\"]");
  }

  @Test
  void theClientPrefix_countsInTheNameLength() {
    JavaFileObject source =
        tools(
            """
          /** Looks up an order's full shipping history. */
          @Tool
          public void lookupShippingHistory() {}
        """);
    // "orders___lookup_shipping_history" is 32 characters: fine on its own
    assertSucceededWithoutWarnings(javac("-Atoolwright.target=orders").compile(source));
    // Claude Code's "mcp__toolwright-order-service__" (31) makes it 63: still fine
    assertSucceededWithoutWarnings(
        javac(
                "-Atoolwright.target=orders",
                "-Atoolwright.clientPrefix=mcp__toolwright-order-service__")
            .compile(source));
    Compilation compilation =
        javac(
                "-Atoolwright.target=orders",
                "-Atoolwright.clientPrefix=mcp__toolwright-orders-services__")
            .compile(source);
    assertError(
        compilation,
        source,
        "lookupShippingHistory()",
        "ToolNameTooLong",
        "\"mcp__toolwright-orders-services__orders___lookup_shipping_history\" has 65 characters",
        "at most 64");
  }

  @Test
  void theClientPrefix_countsInTheWarningWithoutATarget() {
    JavaFileObject source =
        tools(
            """
          /** Looks up an order's full shipping history. */
          @Tool
          public void lookupShippingHistory() {}
        """);
    Compilation compilation =
        javac("-Atoolwright.clientPrefix=mcp__a-much-longer-server-name-for-orders__")
            .compile(List.of(source));
    assertWarning(
        compilation,
        source,
        "lookupShippingHistory()",
        "ToolNameLong",
        "\"mcp__a-much-longer-server-name-for-orders__<target>___\"",
        "at most 0 characters");
  }
}
