package dev.toolwright.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void quoteEscapesEverythingNeeded() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u007f\\u00e9\\u2603\\ud83d\\ude00/\"",
                Json.quote("a\"b\\c\n\r\t\b\f\u0001\u007f\u00e9\u2603\uD83D\uDE00/"));
    }

    @Test
    void clientContextJsonRoundTrips() {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put("k\"1", "v\\1\u2603");
        custom.put("empty", "");
        String json = Invocation.clientContextJson(custom);
        assertEquals("{\"custom\":{\"k\\\"1\":\"v\\\\1\\u2603\",\"empty\":\"\"},\"env\":{},\"client\":null}", json);
        Map<String, Object> parsed = Json.parseObject(json);
        assertEquals(custom, parsed.get("custom"));
        assertEquals(Map.of(), parsed.get("env"));
        assertEquals(null, parsed.get("client"));
    }

    @Test
    void parsesAllValueKinds() {
        Object v = Json.parse(" {\"a\":[1,-2.5e3,true,false,null,\"x\\u0041\"],\"b\":{}} ");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, null, "xA"));
        expected.put("b", Map.of());
        assertEquals(expected, v);
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\":1,}"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("not json"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
    }
}
