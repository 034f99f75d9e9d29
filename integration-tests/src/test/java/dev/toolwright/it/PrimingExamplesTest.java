package dev.toolwright.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.toolwright.ToolDispatcher;
import dev.toolwright.examples.calculator.Calculator;
import dev.toolwright.examples.calculator.Calculator_ToolDispatcher;
import dev.toolwright.examples.orders.OrderTools;
import dev.toolwright.examples.orders.OrderTools_ToolDispatcher;
import dev.toolwright.internal.JsonSupport;
import dev.toolwright.internal.Primer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Priming the examples' dispatchers prepares all seven tools: the synthetic arguments the generated
 * code builds pass every tool's checks. (That no tool runs is tested in the annotation processor's
 * PrimingTest.)
 */
class PrimingExamplesTest {

  @Test
  void primesEveryTool() {
    List<ToolDispatcher> dispatchers =
        List.of(
            new OrderTools_ToolDispatcher(new OrderTools()),
            new Calculator_ToolDispatcher(new Calculator()));

    assertEquals(7, Primer.prime(dispatchers, new JsonSupport()));
  }
}
