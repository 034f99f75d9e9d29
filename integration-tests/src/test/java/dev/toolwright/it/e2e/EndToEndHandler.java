package dev.toolwright.it.e2e;

import dev.toolwright.ToolHandler;
import dev.toolwright.examples.calculator.Calculator_ToolDispatcher;
import dev.toolwright.examples.orders.OrderTools_ToolDispatcher;

/**
 * The examples' tools plus {@link FaultyTools}, served from one Lambda for the end-to-end tests.
 */
public final class EndToEndHandler extends ToolHandler {

  public EndToEndHandler() {
    super(
        new OrderTools_ToolDispatcher(),
        new Calculator_ToolDispatcher(),
        new FaultyTools_ToolDispatcher());
  }
}
