package dev.toolwright.it.readme;

import dev.toolwright.ToolHandler;
import dev.toolwright.examples.ExampleHandler;

/** Serves {@link TripTools} as the README shows a handler. */
public final class TripHandler extends ToolHandler {

  public TripHandler() {
    super(new TripTools_ToolDispatcher());
  }

  /** Keeps the examples' handler class in view: both live in the same test Lambda. */
  static Class<?> examples() {
    return ExampleHandler.class;
  }
}
