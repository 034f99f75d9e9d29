package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.Diagnosing.assertErrorAt;
import static dev.toolwright.processor.Diagnosing.tools;
import static dev.toolwright.processor.ProcessorTesting.compile;
import static dev.toolwright.processor.ProcessorTesting.generatedSource;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Tool(primeWith = ...)}: the sample call's arguments are checked against the tool's
 * parameters at compile time, with the error on the annotation value, and a valid sample is
 * generated into the dispatcher's {@code primingArguments}.
 */
class PrimeWithTest {

  private static final String TAG = "ToolPrimeWith";

  private static JavaFileObject forecast(String primeWith) {
    return tools(
        """
          enum Unit { CELSIUS, FAHRENHEIT }
          record Place(String city, java.util.Optional<String> country) {}

          /** Gets the forecast. */
          @Tool(primeWith = %s)
          public String forecast(Place place, @ToolParam(defaultValue = "3") int days, java.util.List<Unit> units,
              java.time.LocalDate from) {
            return "";
          }
        """
            .formatted(primeWith));
  }

  @Test
  void aValidSample_isGeneratedIntoPrimingArguments() {
    Compilation compilation =
        compile(
            forecast(
                "\"{\\\"place\\\": {\\\"city\\\": \\\"Seattle\\\", \\\"country\\\": null}, \\\"units\\\": [\\\"CELSIUS\\\"], "
                    + "\\\"from\\\": \\\"2026-12-04\\\"}\""));
    assertThat(compilation.errors()).isEmpty();
    String dispatcher = generatedSource(compilation, "test.Tools_ToolDispatcher");
    assertThat(dispatcher).contains("public String primingArguments(String toolName)");
    assertThat(dispatcher)
        .contains(
            "case \"forecast\": return \"{\\\"place\\\": {\\\"city\\\": \\\"Seattle\\\", \\\"country\\\": null}, "
                + "\\\"units\\\": [\\\"CELSIUS\\\"], \\\"from\\\": \\\"2026-12-04\\\"}\";");
  }

  @Test
  void noSample_noPrimingArgumentsMethod() {
    Compilation compilation =
        compile(
            tools(
                """
          /** Says hello. */
          @Tool
          public String hello(String name) { return name; }
        """));
    String dispatcher = generatedSource(compilation, "test.Tools_ToolDispatcher");
    assertThat(dispatcher).doesNotContain("primingArguments");
  }

  @Test
  void notJson_isAnErrorOnTheValue() {
    String value = "\"{city: Seattle}\"";
    JavaFileObject source = forecast(value);
    assertErrorAt(
        compile(source),
        source,
        value,
        TAG,
        "primeWith of Tools.forecast(",
        "is not valid JSON",
        "leave primeWith out");
  }

  @Test
  void aMissingRequiredArgument_isNamed() {
    String value = "\"{\\\"units\\\": []}\"";
    JavaFileObject source = forecast(value);
    assertErrorAt(compile(source), source, value, TAG, "'place' is missing");
  }

  @Test
  void anUnknownArgument_isNamed() {
    String value = "\"{\\\"place\\\": {\\\"city\\\": \\\"Oslo\\\", \\\"zip\\\": \\\"0150\\\"}}\"";
    JavaFileObject source = forecast(value);
    assertErrorAt(compile(source), source, value, TAG, "'place.zip' is not a property of 'place'");
  }

  @Test
  void wrongTypesEnumsAndFormats_areNamedWithTheirPath() {
    String days = "\"{\\\"place\\\": {\\\"city\\\": \\\"Oslo\\\"}, \\\"days\\\": \\\"3\\\"}\"";
    JavaFileObject source = forecast(days);
    assertErrorAt(compile(source), source, days, TAG, "'days' should be an integer, not \"3\"");

    String unit =
        "\"{\\\"place\\\": {\\\"city\\\": \\\"Oslo\\\"}, \\\"units\\\": [\\\"KELVIN\\\"]}\"";
    source = forecast(unit);
    assertErrorAt(
        compile(source), source, unit, TAG, "'units[0]' should be one of [CELSIUS, FAHRENHEIT]");

    String date =
        "\"{\\\"place\\\": {\\\"city\\\": \\\"Oslo\\\"}, \\\"from\\\": \\\"tomorrow\\\"}\"";
    source = forecast(date);
    assertErrorAt(compile(source), source, date, TAG, "'from' should be");

    String nullCity = "\"{\\\"place\\\": {\\\"city\\\": null}}\"";
    source = forecast(nullCity);
    assertErrorAt(
        compile(source), source, nullCity, TAG, "'place.city' is null, but it is not optional");
  }
}
