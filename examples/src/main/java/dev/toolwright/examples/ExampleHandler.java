package dev.toolwright.examples;

import dev.toolwright.ToolHandler;
import dev.toolwright.examples.calculator.Calculator;
import dev.toolwright.examples.calculator.Calculator_ToolDispatcher;
import dev.toolwright.examples.orders.OrderTools;
import dev.toolwright.examples.orders.OrderTools_ToolDispatcher;

/** The examples' Lambda handler: {@code dev.toolwright.examples.ExampleHandler::handleRequest}. */
public final class ExampleHandler extends ToolHandler {

  public ExampleHandler() {
    super(
        new OrderTools_ToolDispatcher(new OrderTools()),
        new Calculator_ToolDispatcher(new Calculator()));
  }
}
