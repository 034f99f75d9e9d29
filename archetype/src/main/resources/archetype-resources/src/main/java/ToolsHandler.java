package ${package};

import dev.toolwright.ToolHandler;

/**
 * The Lambda handler, {@code ${package}.ToolsHandler::handleRequest} in template.yaml. It
 * serves the tools of every class whose dispatcher it is given: the annotation processor writes
 * {@code <Class>_ToolDispatcher} for each class with {@code @Tool} methods, so a second class is
 * one more argument, {@code new OtherTools_ToolDispatcher(new OtherTools())}.
 */
public final class ToolsHandler extends ToolHandler {

  public ToolsHandler() {
    super(new WeatherTools_ToolDispatcher(new WeatherTools()));
  }
}
