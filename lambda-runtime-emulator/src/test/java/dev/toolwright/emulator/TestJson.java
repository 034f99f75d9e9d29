package dev.toolwright.emulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Reading the handler's answers in tests, and the class path {@link EchoHandler} needs in the child JVM. */
final class TestJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private TestJson() {
    }

    static Map<String, Object> parseObject(String text) {
        try {
            return MAPPER.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON object: " + text, e);
        }
    }

    /** Jackson's three jars, which {@link EchoHandler} uses. */
    static Path[] jackson() {
        return new Path[] {LambdaProcess.classpathOf(ObjectMapper.class), LambdaProcess.classpathOf(JsonFactory.class),
            LambdaProcess.classpathOf(JsonProperty.class)};
    }

    /** The test classes with {@link EchoHandler}, and Jackson. */
    static Path[] echoHandler() {
        Path[] jackson = jackson();
        Path[] all = new Path[jackson.length + 1];
        all[0] = LambdaProcess.classpathOf(EchoHandler.class);
        System.arraycopy(jackson, 0, all, 1, jackson.length);
        return all;
    }
}
