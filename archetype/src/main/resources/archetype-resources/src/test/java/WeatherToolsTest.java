package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.toolwright.testing.ToolTester;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * Calls the tools as the AgentCore Gateway does: the arguments are checked against the generated
 * schema, then the real handler answers with what the agent would read.
 */
class WeatherToolsTest {

  static final ToolTester tools = ToolTester.forHandler(new ToolsHandler()).target("${target}");

  @Test
  void forecast_ofAKnownCity() {
    WeatherTools.Forecast forecast = tools.call("get_forecast", Map.of("city", "seattle", "days", 2))
        .assertOk()
        .as(WeatherTools.Forecast.class);
    assertEquals("Seattle", forecast.city());
    assertEquals(2, forecast.days().size());
  }

  @Test
  void convertTemperature() {
    tools.call("convert_temperature", Map.of("value", 100, "from", "CELSIUS", "to", "FAHRENHEIT"))
        .assertResult(212.0);
  }

  @Test
  void unknownCity_isAnErrorTheAgentCanActOn() {
    tools.call("get_forecast", Map.of("city", "Atlantis"))
        .assertError("TOOL_ERROR")
        .assertErrorMessage("No forecast for Atlantis. Known cities: Berlin, London, Seattle, Singapore, Sydney.");
  }

  @Test
  void badArgument_isNamedInTheAnswer() {
    tools.call("convert_temperature", Map.of("value", 1, "from", "RANKINE", "to", "KELVIN"))
        .assertError("INVALID_ARGUMENTS")
        .assertErrorMessage("Invalid argument 'from': expected one of CELSIUS, FAHRENHEIT, KELVIN, got \"RANKINE\".");
  }

  @Test
  void argumentTheGatewayWouldReject_failsTheTest() {
    // "ten" is no integer: the gateway checks arguments against the schema and would not call the Lambda.
    assertThrows(AssertionFailedError.class,
        () -> tools.call("get_forecast", Map.of("city", "Seattle", "days", "ten")));
    // Sent directly (as an invocation without the gateway could), the Lambda's own answer names the argument.
    tools.skipSchemaCheck()
        .call("get_forecast", Map.of("city", "Seattle", "days", "ten"))
        .assertError("INVALID_ARGUMENTS")
        .assertErrorMessageContains("'days'");
  }
}
