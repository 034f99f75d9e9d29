package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.ProcessorTesting.assertJson;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;
import static dev.toolwright.processor.ProcessorTesting.fieldNames;
import static dev.toolwright.processor.ProcessorTesting.generatedSource;
import static dev.toolwright.processor.ProcessorTesting.input;
import static dev.toolwright.processor.ProcessorTesting.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per rule that lowers a Java type to the gateway's schema dialect. The tool classes are
 * in {@code src/test/resources/lowering/}; they are compiled once, together, and each test asserts
 * the exact node of the parameters it is about. Since the compilation succeeds, every generated
 * dispatcher compiled too; the tests also check the typed read the dispatcher makes.
 */
class LoweringRulesTest {

  private static Compilation compilation;
  private static JsonNode schema;

  @BeforeAll
  static void compileLoweringSources() {
    compilation =
        ProcessorTesting.compile(
            ProcessorTesting.resources("lowering"), "-Atoolwright.outputSchema=true");
    assertSucceededWithoutWarnings(compilation);
    schema = ProcessorTesting.schema(compilation);
  }

  private static String dispatcher(String simpleName) {
    return generatedSource(compilation, "lowering." + simpleName + "_ToolDispatcher");
  }

  // --- scalars -------------------------------------------------------------------------------

  @Test
  void string_isString() {
    assertJson(
        "{\"type\": \"string\", \"description\": \"any text\"}", input(schema, "echo", "text"));
    assertThat(dispatcher("Scalars")).contains("target.echo(arguments.string(\"text\"))");
  }

  @Test
  void charAndCharacter_areSingleCharacterStrings() {
    assertJson(
        "{\"type\": \"string\", \"description\": \"the letter to use. A single character.\"}",
        input(schema, "characters", "letter"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"A single character.\"}",
        input(schema, "characters", "initial"));
    assertThat(dispatcher("Scalars")).contains("arguments.charValue(\"letter\")");
    assertThat(dispatcher("Scalars")).contains("arguments.character(\"initial\")");
  }

  @Test
  void integralTypes_areIntegers() {
    for (String name :
        new String[] {
          "i", "l", "s", "b", "boxedInt", "boxedLong", "boxedShort", "boxedByte", "big"
        }) {
      assertJson("{\"type\": \"integer\"}", input(schema, "integers", name));
    }
    assertThat(fieldNames(tool(schema, "integers").path("inputSchema").path("properties")))
        .containsExactly(
            "i", "l", "s", "b", "boxedInt", "boxedLong", "boxedShort", "boxedByte", "big")
        .inOrder();
    assertThat(dispatcher("Scalars")).contains("arguments.byteValue(\"b\")");
    assertThat(dispatcher("Scalars")).contains("readBigInteger(arguments.member(\"big\"))");
  }

  @Test
  void floatingTypes_areNumbers() {
    for (String name : new String[] {"d", "f", "boxedDouble", "boxedFloat", "exact"}) {
      assertJson("{\"type\": \"number\"}", input(schema, "numbers", name));
    }
    assertThat(dispatcher("Scalars")).contains("arguments.floatValue(\"f\")");
    assertThat(dispatcher("Scalars")).contains("readBigDecimal(arguments.member(\"exact\"))");
  }

  @Test
  void booleans_areBooleans() {
    assertJson("{\"type\": \"boolean\"}", input(schema, "booleans", "flag"));
    assertJson("{\"type\": \"boolean\"}", input(schema, "booleans", "boxedFlag"));
  }

  @Test
  void boxedScalars_areRequiredLikePrimitives() {
    assertJson(
        "[\"flag\", \"boxedFlag\"]", tool(schema, "booleans").path("inputSchema").path("required"));
  }

  // --- enums ---------------------------------------------------------------------------------

  @Test
  void enum_isStringListingItsConstants() {
    assertJson(
        "{\"type\": \"string\", \"description\": \"the paint. One of: RED, GREEN, BLUE.\"}",
        input(schema, "paint", "colour"));
  }

  @Test
  void enumWithJsonProperty_listsTheRenamedValues() {
    assertJson(
        "{\"type\": \"string\", \"description\": \"how big the brush is. One of: s, m, LARGE.\"}",
        input(schema, "paint", "size"));
  }

  @Test
  void enumWithJsonValueMethod_listsTheValuesItReturns() {
    assertJson(
        "{\"type\": \"string\", \"description\": \"One of: mercury, venus, the earth.\"}",
        input(schema, "paint", "planet"));
    assertThat(dispatcher("Enums")).contains("Shape.oneOf(\"mercury\", \"venus\", \"the earth\")");
  }

  @Test
  void enumWithJsonValueField_listsTheFieldValues() {
    assertJson(
        "{\"type\": \"string\", \"description\": \"One of: N, S.\"}",
        input(schema, "paint", "heading"));
  }

  // --- string-like types ---------------------------------------------------------------------

  @ParameterizedTest(name = "{0} is a string: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "time     | ISO-8601 time, e.g. 14:30:00.",
        "local    | ISO-8601 date-time without offset, e.g. 2026-11-22T14:30:00.",
        "offset   | ISO-8601 date-time with offset, e.g. 2026-11-22T14:30:00+01:00.",
        "zoned    | ISO-8601 date-time with offset and optional zone, e.g. 2026-11-22T14:30:00+01:00[Europe/Paris].",
        "instant  | ISO-8601 instant in UTC, e.g. 2026-11-22T13:30:00Z.",
        "duration | ISO-8601 duration, e.g. PT15M.",
        "period   | ISO-8601 period, e.g. P1Y2M3D.",
        "id       | UUID, e.g. 123e4567-e89b-12d3-a456-426614174000.",
        "link     | URI, e.g. https://example.com/path.",
        "blob     | Base64-encoded bytes."
      })
  void stringLikeType_isStringWithFormatHint(String parameter, String hint) {
    JsonNode node = input(schema, "schedule", parameter);
    assertThat(fieldNames(node)).containsExactly("type", "description").inOrder();
    assertThat(node.path("type").asText()).isEqualTo("string");
    assertThat(node.path("description").asText()).isEqualTo(hint);
  }

  @Test
  void localDate_isStringWithFormatHintAfterTheJavadoc() {
    assertJson(
        "{\"type\": \"string\", \"description\": \"the day. ISO-8601 date, e.g. 2026-11-22.\"}",
        input(schema, "schedule", "date"));
    assertThat(dispatcher("Times"))
        .contains(".required(\"date\", Shape.formatted(StringFormat.LOCAL_DATE))");
    assertThat(dispatcher("Times"))
        .contains(".required(\"id\", Shape.formatted(StringFormat.UUID_TEXT))");
  }

  // --- records and POJOs ---------------------------------------------------------------------

  private static final String ADDRESS_PROPERTIES =
      "\"properties\": {"
          + "\"street\": {\"type\": \"string\", \"description\": \"the street and house number\"},"
          + "\"zip\": {\"type\": \"string\", \"description\": \"the postal code\"},"
          + "\"city\": {\"type\": \"string\", \"description\": \"the city\"},"
          + "\"country\": {\"type\": \"string\", \"description\": \"ISO 3166 country code\"}},"
          + "\"required\": [\"street\", \"zip\", \"city\", \"country\"]";

  /**
   * The same record as an output: none of its components is a primitive, so none is always written.
   */
  private static final String ADDRESS_OUTPUT_PROPERTIES =
      ADDRESS_PROPERTIES.substring(0, ADDRESS_PROPERTIES.indexOf(",\"required\""));

  @Test
  void record_isObjectWithRenamedDescribedRequiredComponents() {
    // @JsonProperty renames postalCode, @JsonIgnore drops internalNote, @JsonIgnoreProperties drops
    // legacyId, @param gives descriptions and @ToolParam(description) beats the Javadoc of country.
    assertJson(
        "{\"type\": \"object\", "
            + ADDRESS_PROPERTIES
            + ", \"description\": \"where the parcel goes\"}",
        input(schema, "ship", "to"));
    assertThat(dispatcher("Records")).contains(".required(\"zip\", Shape.STRING)");
    assertThat(dispatcher("Records")).doesNotContain("internalNote");
    assertThat(dispatcher("Records")).doesNotContain("legacyId");
  }

  @Test
  void recordWithoutParamJavadoc_isDescribedByItsOwnJavadoc() {
    assertJson(
        "{\"type\": \"object\", "
            + ADDRESS_PROPERTIES
            + ", \"description\": \"A postal address.\"}",
        input(schema, "ship", "from"));
  }

  @Test
  void pojo_isObjectOfSettersAndPublicFieldsInFieldOrder() {
    // name: setter, described by its private field's Javadoc; points: @JsonProperty on the field;
    // passwordHash: @JsonIgnore; email: @ToolParam on the private field; secret:
    // @JsonIgnoreProperties;
    // newsletter: a public field.
    assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"name\": {\"type\": \"string\", \"description\": \"The customer's display name.\"},"
            + "\"points\": {\"type\": \"integer\", \"description\": \"Loyalty points collected so far.\"},"
            + "\"email\": {\"type\": \"string\", \"description\": \"where invoices go\"},"
            + "\"newsletter\": {\"type\": \"boolean\", \"description\": \"Whether the customer gets the newsletter.\"}},"
            + "\"required\": [\"name\", \"points\", \"email\", \"newsletter\"],"
            + "\"description\": \"who to register\"}",
        input(schema, "register", "customer"));
    assertThat(dispatcher("Pojos")).contains(".ignoreUnknown()");
  }

  @Test
  void pojoResult_isObjectOfGettersAndPublicFields() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"name\": {\"type\": \"string\", \"description\": \"The customer's display name.\"},"
            + "\"points\": {\"type\": \"integer\", \"description\": \"Loyalty points collected so far.\"},"
            + "\"email\": {\"type\": \"string\", \"description\": \"where invoices go\"},"
            + "\"newsletter\": {\"type\": \"boolean\", \"description\": \"Whether the customer gets the newsletter.\"}},"
            + "\"required\": [\"points\", \"newsletter\"]}",
        tool(schema, "register").path("outputSchema"));
  }

  @Test
  void pojoAnnotationsOnOneAccessor_applyInBothDirections() {
    // @JsonProperty on the getter renames the setter's property too; @JsonIgnore on either
    // accessor drops the property both ways; @Nullable on the private field (declaration or type
    // use) makes it optional.
    // (The getter's Javadoc describes the property where the getter is read: in the output.)
    String expected =
        "{\"type\": \"object\", \"properties\": {"
            + "\"id\": {\"type\": \"string\"},"
            + "\"cur\": {\"type\": \"string\"%s},"
            + "\"nickname\": {\"type\": \"string\"},"
            + "\"memo\": {\"type\": \"string\"}}"
            + "%s%s}";
    assertJson(
        String.format(
            expected,
            "",
            ", \"required\": [\"id\", \"cur\"]",
            ", \"description\": \"the account\""),
        input(schema, "open", "account"));
    // as an output, no property is required: none is a primitive, so each may be null and left out
    assertJson(
        String.format(
            expected, ", \"description\": \"Renames the property in both directions.\"", "", ""),
        tool(schema, "open").path("outputSchema"));
    assertThat(dispatcher("Pojos")).contains(".required(\"cur\", Shape.STRING)");
    assertThat(dispatcher("Pojos")).contains(".optional(\"memo\", Shape.STRING)");
  }

  @Test
  void jsonCreator_takesItsJsonPropertyParametersAndTheirJavadoc() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"amount\": {\"type\": \"number\", \"description\": \"how much\"},"
            + "\"cur\": {\"type\": \"string\", \"description\": \"the ISO 4217 code\"}},"
            + "\"required\": [\"amount\", \"cur\"], \"description\": \"what to charge\"}",
        input(schema, "charge", "amount"));
    // Output goes through the getters; @JsonProperty on getCurrency() renames it too.
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"amount\": {\"type\": \"number\"}, \"cur\": {\"type\": \"string\"}}"
            + "}",
        tool(schema, "charge").path("outputSchema"));
  }

  @Test
  void genericRecord_hasItsTypeArgumentsFilledIn() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"items\": {\"type\": \"array\", \"items\": {\"type\": \"object\", "
            + ADDRESS_PROPERTIES
            + ", \"description\": \"A postal address.\"}, \"description\": \"the items on this page\"},"
            + "\"total\": {\"type\": \"integer\", \"description\": \"how many there are in all\"},"
            + "\"first\": {\"type\": \"object\", "
            + ADDRESS_PROPERTIES
            + ", \"description\": \"the first item\"}},"
            + "\"required\": [\"items\", \"total\", \"first\"], \"description\": \"the page to show\"}",
        input(schema, "page", "page"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"items\": {\"type\": \"array\", \"items\": {\"type\": \"string\", \"description\": \"One of: RED, GREEN, BLUE.\"},"
            + " \"description\": \"the items on this page\"},"
            + "\"total\": {\"type\": \"integer\", \"description\": \"how many there are in all\"},"
            + "\"first\": {\"type\": \"string\", \"description\": \"the first item. One of: RED, GREEN, BLUE.\"}},"
            + "\"required\": [\"total\"]}",
        tool(schema, "page").path("outputSchema"));
    assertThat(dispatcher("Generics"))
        .contains("target.page(readPagedOfAddress(arguments.member(\"page\")))");
    assertThat(dispatcher("Generics"))
        .contains("private static void writePagedOfColour(JsonOut out, Paged<Colour> value)");
  }

  @Test
  void pojoWithSuperclass_listsInheritedPropertiesFirst() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"name\": {\"type\": \"string\", \"description\": \"The full name.\"},"
            + "\"staffNumber\": {\"type\": \"integer\", \"description\": \"The staff number.\"}},"
            + "\"required\": [\"name\", \"staffNumber\"], \"description\": \"who is looking; a lowering.Employee\"}",
        input(schema, "nearest_cafe", "employee"));
  }

  @Test
  void recordComponentsNamedLikeKeywords_keepTheirNamesInBothForms() {
    JsonNode keywords = input(schema, "classify", "keywords");
    assertThat(fieldNames(keywords.path("properties")))
        .containsExactly("type", "properties", "required", "items", "description")
        .inOrder();
    JsonNode cfn = ProcessorTesting.cfnSchema(compilation);
    JsonNode cfnKeywords = null;
    for (JsonNode t : cfn) {
      if (t.path("Name").asText().equals("classify")) {
        cfnKeywords = t.path("InputSchema").path("Properties").path("keywords");
      }
    }
    assertJson(
        "{\"Type\": \"object\", \"Properties\": {"
            + "\"type\": {\"Type\": \"string\", \"Description\": \"a component named type\"},"
            + "\"properties\": {\"Type\": \"object\", \"Properties\": {\"name\": {\"Type\": \"string\", \"Description\": \"a name\"}},"
            + " \"Required\": [\"name\"], \"Description\": \"a component named properties\"},"
            + "\"required\": {\"Type\": \"boolean\", \"Description\": \"a component named required\"},"
            + "\"items\": {\"Type\": \"array\", \"Items\": {\"Type\": \"string\"}, \"Description\": \"a component named items\"},"
            + "\"description\": {\"Type\": \"string\", \"Description\": \"a component named description\"}},"
            + "\"Required\": [\"type\", \"properties\", \"required\", \"items\", \"description\"],"
            + "\"Description\": \"the thing to classify\"}",
        cfnKeywords);
  }

  // --- descriptions --------------------------------------------------------------------------

  @Test
  void javadoc_becomesPlainText() {
    assertJson(
        "\"Finds the café nearest to an Address, using maxKm as the radius → fast. "
            + "Second paragraph with bold text & an entity.\"",
        tool(schema, "nearest_cafe").path("description"));
    assertJson(
        "{\"type\": \"number\", \"description\": \"the radius in km, e.g. 2.5\"}",
        input(schema, "nearest_cafe", "maxKm"));
  }

  @Test
  void nonAsciiText_isWrittenAsUtf8() {
    byte[] bytes =
        ProcessorTesting.classOutput(
            compilation, dev.toolwright.processor.writer.SchemaWriter.SCHEMA_RESOURCE);
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("\"Finds the café nearest");
    assertThat(text).contains("radius → fast");
  }

  @Test
  void jsonCreatorParameter_replacesTheSetterOfTheSameJsonName() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\", \"description\": \"the tag's name\"}},"
            + "\"required\": [\"name\"], \"description\": \"the tag\"}",
        input(schema, "attach", "tag"));
  }

  // --- collections and maps ------------------------------------------------------------------

  @Test
  void listSetCollectionAndArrays_areArraysWithItems() {
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"description\": \"labels to attach\"}",
        input(schema, "collect", "tags"));
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"integer\"}}",
        input(schema, "collect", "ids"));
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"number\"}}",
        input(schema, "collect", "weights"));
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}",
        input(schema, "collect", "names"));
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"integer\"}}",
        input(schema, "collect", "counts"));
    assertThat(dispatcher("Lists")).contains(".required(\"ids\", Shape.arrayOf(Shape.INT))");
    assertThat(dispatcher("Lists")).contains("private static int[] readIntArray(JsonValue json)");
  }

  @Test
  void listOfRecords_hasObjectItemsDescribedByTheRecordJavadoc() {
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"object\", "
            + ADDRESS_PROPERTIES
            + ", \"description\": \"A postal address.\"}}",
        input(schema, "collect", "addresses"));
  }

  @Test
  void listOfLists_nestsItems() {
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}}",
        input(schema, "collect", "grid"));
  }

  @Test
  void listOfEnumsOrDates_describesItemsOnce() {
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"string\", \"description\": \"One of: RED, GREEN, BLUE.\"}}",
        input(schema, "collect", "colours"));
    assertJson(
        "{\"type\": \"array\", \"items\": {\"type\": \"string\", "
            + "\"description\": \"ISO-8601 date, e.g. 2026-11-22.\"}}",
        input(schema, "collect", "days"));
  }

  @Test
  void mapWithStringKeys_isObjectDescribingTheValueType() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {}, "
            + "\"description\": \"units per SKU. An object with any string keys; each value is an integer.\"}",
        input(schema, "count", "stock"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {}, "
            + "\"description\": \"An object with any string keys; each value is a string (One of: RED, GREEN, BLUE).\"}",
        input(schema, "count", "palette"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {}, \"description\": \"An object with any string keys; each value is an object.\"}",
        input(schema, "count", "offices"));
    assertThat(dispatcher("Maps")).contains(".required(\"offices\", Shape.mapOf(ADDRESS_SHAPE))");
  }

  // --- optional values -----------------------------------------------------------------------

  @Test
  void optionalAndNullable_areNotRequired() {
    JsonNode inputSchema = tool(schema, "find").path("inputSchema");
    assertJson("[\"filter\", \"mandatory\"]", inputSchema.path("required"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"what to look for\"}",
        input(schema, "find", "text"));
    assertJson("{\"type\": \"integer\"}", input(schema, "find", "count"));
    assertJson("{\"type\": \"integer\"}", input(schema, "find", "big"));
    assertJson("{\"type\": \"number\"}", input(schema, "find", "ratio"));
    assertJson("{\"type\": \"string\"}", input(schema, "find", "note"));
    assertJson("{\"type\": \"string\"}", input(schema, "find", "other"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"One of: RED, GREEN, BLUE.\"}",
        input(schema, "find", "colour"));
    assertJson(
        "{\"type\": \"object\", "
            + ADDRESS_PROPERTIES
            + ", \"description\": \"A postal address.\"}",
        input(schema, "find", "near"));
    String dispatcher = dispatcher("Optionals");
    assertThat(dispatcher).contains("Optional.ofNullable(arguments.string(\"text\"))");
    assertThat(dispatcher).contains("arguments.optionalInt(\"count\")");
    assertThat(dispatcher).contains("arguments.optionalLong(\"big\")");
    assertThat(dispatcher).contains("arguments.optionalDouble(\"ratio\")");
    assertThat(dispatcher).contains("Optional.ofNullable(readAddress(arguments.member(\"near\")))");
    assertThat(dispatcher).contains(".optional(\"note\", Shape.STRING)");
  }

  @Test
  void optionalAndNullableRecordComponents_areNotRequired() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"name\": {\"type\": \"string\", \"description\": \"only this name\"},"
            + "\"max\": {\"type\": \"integer\", \"description\": \"at most this many\"},"
            + "\"limit\": {\"type\": \"integer\", \"description\": \"how many per page\"}},"
            + "\"required\": [\"limit\"], \"description\": \"Search criteria with optional parts.\"}",
        input(schema, "find", "filter"));
  }

  // --- defaults ------------------------------------------------------------------------------

  @Test
  void defaultValue_makesTheArgumentOptionalAndIsDescribed() {
    JsonNode inputSchema = tool(schema, "forecast").path("inputSchema");
    assertJson("[\"city\", \"page\"]", inputSchema.path("required"));
    assertJson(
        "{\"type\": \"integer\", \"description\": \"how many days ahead. Defaults to 3.\"}",
        input(schema, "forecast", "days"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"the temperature unit. Defaults to celsius.\"}",
        input(schema, "forecast", "unit"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"Defaults to GREEN. One of: RED, GREEN, BLUE.\"}",
        input(schema, "forecast", "colour"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"Defaults to s. One of: s, m, LARGE.\"}",
        input(schema, "forecast", "size"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"Defaults to 2026-11-22. ISO-8601 date, e.g. 2026-11-22.\"}",
        input(schema, "forecast", "from"));
    assertJson(
        "{\"type\": \"boolean\", \"description\": \"Defaults to true.\"}",
        input(schema, "forecast", "alerts"));
    assertJson(
        "{\"type\": \"number\", \"description\": \"Defaults to 2.5.\"}",
        input(schema, "forecast", "factor"));
    assertJson(
        "{\"type\": \"number\", \"description\": \"Defaults to 10.25.\"}",
        input(schema, "forecast", "price"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"Defaults to x. A single character.\"}",
        input(schema, "forecast", "mark"));
    assertJson(
        "{\"type\": \"integer\", \"description\": \"how precise. Defaults to 2.\"}",
        input(schema, "forecast", "precision"));
    assertJson(
        "{\"type\": \"string\", \"description\": \"Defaults to \\\"\\\".\"}",
        input(schema, "forecast", "prefix"));
    String dispatcher = dispatcher("Defaults");
    assertThat(dispatcher).contains(".optional(\"days\", Shape.INT, JsonValue.of(3L))");
    assertThat(dispatcher).contains(".optional(\"alerts\", Shape.BOOLEAN, JsonValue.of(true))");
    assertThat(dispatcher).contains(".optional(\"factor\", Shape.DOUBLE, JsonValue.of(2.5d))");
    assertThat(dispatcher)
        .contains(
            ".optional(\"price\", Shape.BIG_DECIMAL, JsonValue.of(new BigDecimal(\"10.25\")))");
    assertThat(dispatcher).contains(".optional(\"colour\", COLOUR_SHAPE, JsonValue.of(\"GREEN\"))");
    assertThat(dispatcher).contains(".optional(\"mark\", Shape.CHAR, JsonValue.of(\"x\"))");
  }

  @Test
  void defaultValueOnRecordComponents_makesThemOptional() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {"
            + "\"number\": {\"type\": \"integer\", \"description\": \"which page, from 1. Defaults to 1.\"},"
            + "\"size\": {\"type\": \"integer\", \"description\": \"how many per page. Defaults to 20.\"}},"
            + "\"description\": \"One page of results.\"}",
        input(schema, "forecast", "page"));
    assertThat(dispatcher("Defaults"))
        .contains(".optional(\"size\", Shape.INT, JsonValue.of(20L))");
  }

  // --- return types --------------------------------------------------------------------------

  @Test
  void recordResult_isTheOutputSchema() {
    assertJson(
        "{\"type\": \"object\", " + ADDRESS_OUTPUT_PROPERTIES + "}",
        tool(schema, "returns_record").path("outputSchema"));
    assertThat(dispatcher("Returns")).contains("return target.returnsRecord();");
  }

  @Test
  void nullableRecordResult_isTheOutputSchema() {
    assertJson(
        "{\"type\": \"object\", " + ADDRESS_OUTPUT_PROPERTIES + "}",
        tool(schema, "returns_nullable_record").path("outputSchema"));
  }

  @Test
  void collectionAndScalarResults_areWrappedInResult_requiredOnlyForPrimitives() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}}}}",
        tool(schema, "returns_list").path("outputSchema"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"integer\"}}, \"required\": [\"result\"]}",
        tool(schema, "returns_int").path("outputSchema"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"string\"}}}",
        tool(schema, "returns_string").path("outputSchema"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"string\", "
            + "\"description\": \"One of: RED, GREEN, BLUE.\"}}}",
        tool(schema, "returns_enum").path("outputSchema"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"string\", "
            + "\"description\": \"ISO-8601 date, e.g. 2026-11-22.\"}}}",
        tool(schema, "returns_date").path("outputSchema"));
    assertThat(dispatcher("Returns")).contains("return ToolResult.wrap(target.returnsList());");
  }

  @Test
  void voidResult_hasNoOutputSchema() {
    assertThat(tool(schema, "returns_void").has("outputSchema")).isFalse();
    assertThat(tool(schema, "only_contexts").has("outputSchema")).isFalse();
    assertThat(dispatcher("Returns"))
        .contains("target.returnsVoid();\n        return ToolResult.VOID;");
  }

  @Test
  void optionalResult_isWrappedAndNotRequired() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"object\", "
            + ADDRESS_OUTPUT_PROPERTIES
            + "}}}",
        tool(schema, "returns_optional_record").path("outputSchema"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"string\"}}}",
        tool(schema, "returns_optional_string").path("outputSchema"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"result\": {\"type\": \"integer\"}}}",
        tool(schema, "returns_optional_int").path("outputSchema"));
    assertThat(dispatcher("Returns"))
        .contains("return ToolResult.wrap(target.returnsOptionalRecord());");
  }

  @Test
  void mapResult_isSentAsItIs() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {}, "
            + "\"description\": \"An object with any string keys; each value is an integer.\"}",
        tool(schema, "returns_map").path("outputSchema"));
    assertThat(dispatcher("Returns")).contains("return target.returnsMap();");
  }

  // --- parameters the agent does not send, names ---------------------------------------------

  @Test
  void lambdaAndGatewayContexts_areInjectedAndNotInTheSchema() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\", "
            + "\"description\": \"the caller's name\"}}, \"required\": [\"name\"]}",
        tool(schema, "whoami").path("inputSchema"));
    assertJson(
        "{\"type\": \"object\", \"properties\": {}}",
        tool(schema, "only_contexts").path("inputSchema"));
    String dispatcher = dispatcher("Injected");
    assertThat(dispatcher)
        .contains(
            "target.whoami(\n            arguments.lambdaContext(),\n"
                + "            arguments.string(\"name\"),\n            arguments.gatewayContext())");
  }

  @Test
  void parameterNames_comeFromTheSourceOrToolParam() {
    JsonNode inputSchema = tool(schema, "lookup_customer_by_email").path("inputSchema");
    assertThat(fieldNames(inputSchema.path("properties")))
        .containsExactly("customerEmail", "max_results")
        .inOrder();
    assertThat(compilation.generatedSourceFiles().toString()).doesNotContain("arg0");
    assertThat(dispatcher("Names")).contains("arguments.intValue(\"max_results\")");
  }

  @Test
  void toolNames_areSnakeCasedMethodNamesOrTheAnnotationsName() {
    tool(schema, "lookup_customer_by_email");
    tool(schema, "get_http_status");
    tool(schema, "get-thing");
    assertThat(dispatcher("Names"))
        .contains("List.of(\"get-thing\", \"get_http_status\", \"lookup_customer_by_email\")");
    assertThat(dispatcher("Names")).contains("return ToolResult.wrap(Names.getThing());");
  }

  @Test
  void toolWithoutParameters_hasEmptyPropertiesAndNoRequired() {
    assertJson(
        "{\"type\": \"object\", \"properties\": {}}",
        tool(schema, "get-thing").path("inputSchema"));
  }

  @Test
  void staticNestedClassAndRecord_getDispatchers() {
    String inner = dispatcher("Names_Inner");
    assertThat(inner)
        .contains("public final class Names_Inner_ToolDispatcher implements ToolDispatcher");
    assertThat(inner).contains("return \"lowering.Names$Inner\";");
    assertThat(inner).contains("this(new Names.Inner());");
    assertJson(
        "\"Checks that the nested class answers.\"",
        tool(schema, "inner_ping").path("description"));
    assertThat(dispatcher("RecordTools"))
        .contains("public RecordTools_ToolDispatcher(RecordTools target)");
    assertThat(dispatcher("RecordTools")).doesNotContain("new RecordTools()");
  }

  @Test
  void toolNameStartingWithADigit_compiles() {
    assertThat(dispatcher("Docs")).contains("case \"2fa-check\": {");
    assertThat(dispatcher("Docs")).contains("private static final Shape _2FA_CHECK_INPUT");
  }

  @Test
  void typesNamedLikeTheGeneratedCodesImports_compile() {
    // lowering.Shape holds the tools and has a record named Binding: the dispatcher must qualify.
    String dispatcher = dispatcher("Shape");
    assertThat(dispatcher).contains("return target.clash(");
    assertJson(
        "{\"type\": \"object\", \"properties\": {\"value\": {\"type\": \"string\", \"description\": \"a value\"}},"
            + " \"required\": [\"value\"], \"description\": \"a binding\"}",
        input(schema, "clash", "binding"));
  }

  @Test
  void toolsInTheUnnamedPackage_getADispatcher() {
    assertThat(generatedSource(compilation, "DefaultPackageTools_ToolDispatcher"))
        .contains(
            "public final class DefaultPackageTools_ToolDispatcher implements ToolDispatcher");
    tool(schema, "default_ping");
  }

  @Test
  void tools_areSortedByName() {
    java.util.List<String> names = new java.util.ArrayList<>();
    schema.forEach(t -> names.add(t.path("name").asText()));
    assertThat(names).isInOrder();
    assertThat(names).containsNoDuplicates();
  }
}
