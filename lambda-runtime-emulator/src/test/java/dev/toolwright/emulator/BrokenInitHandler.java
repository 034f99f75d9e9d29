package dev.toolwright.emulator;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Test handler whose constructor throws: the runtime client reports an init error and exits. */
public class BrokenInitHandler implements RequestHandler<String, String> {

  public BrokenInitHandler() {
    throw new IllegalStateException("init boom");
  }

  @Override
  public String handleRequest(String input, Context context) {
    return input;
  }
}
