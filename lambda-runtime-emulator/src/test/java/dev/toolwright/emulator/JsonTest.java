package dev.toolwright.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesPlainAsciiWithEveryOtherCharacterEscaped() {
    String text = Json.write("a\"b\\c\n\r\t\b\f\u0001\u007f\u00e9\u2603\uD83D\uDE00/");
    assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u007F\\u00E9\\u2603\\uD83D\\uDE00/\"", text);
    assertTrue(text.chars().allMatch(c -> c >= 0x20 && c < 0x7f), text);
  }

  @Test
  void clientContextJsonRoundTrips() {
    Map<String, String> custom = new LinkedHashMap<>();
    custom.put("k\"1", "v\\1\u2603");
    custom.put("empty", "");
    String json = Invocation.clientContextJson(custom);
    assertEquals(
        "{\"custom\":{\"k\\\"1\":\"v\\\\1\\u2603\",\"empty\":\"\"},\"env\":{},\"client\":null}",
        json);
    Map<String, Object> parsed = TestJson.parseObject(json);
    assertEquals(custom, parsed.get("custom"));
    assertEquals(Map.of(), parsed.get("env"));
    assertTrue(parsed.containsKey("client"));
    assertEquals(null, parsed.get("client"));
  }
}
