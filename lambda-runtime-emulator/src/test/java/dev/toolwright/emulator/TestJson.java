package dev.toolwright.emulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reading the handler's answers in tests, and the class path {@link EchoHandler} needs in the child
 * JVM.
 */
final class TestJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private TestJson() {}

  static Map<String, Object> parseObject(String text) {
    try {
      return MAPPER.readValue(text, new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON object: " + text, e);
    }
  }

  /** The test classes with {@link EchoHandler}, and jackson-core, which it uses. */
  static Path[] echoHandler() {
    return new Path[] {LambdaProcess.classpathOf(EchoHandler.class), jacksonCore()};
  }

  static Path jacksonCore() {
    return LambdaProcess.classpathOf(JsonFactory.class);
  }
}
