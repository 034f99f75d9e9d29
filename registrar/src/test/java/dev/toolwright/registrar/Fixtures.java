package dev.toolwright.registrar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Test inputs: schema fixtures, tool jars, and captured output. */
final class Fixtures {

  static final String GATEWAY = "orders-gateway-a1b2c3d4e5";
  static final String TARGET = "orders";
  static final String LAMBDA_ARN =
      "arn:aws:lambda:us-east-1:123456789012:function:orders-tools:live";

  private Fixtures() {}

  static String schemaText(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/schemas/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ToolSchema schema(String name) {
    return ToolSchema.parse(schemaText(name), name);
  }

  static Path writeJson(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, schemaText(name));
    return file;
  }

  /** Writes a jar shaped like a built tool jar: a class file plus the generated schema resource. */
  static Path writeToolJar(Path dir, String schemaName) throws IOException {
    Path jar = dir.resolve("orders-tools-1.0.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("com/example/OrderTools.class"));
      out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
      out.closeEntry();
      if (schemaName != null) {
        out.putNextEntry(new JarEntry("META-INF/toolwright/"));
        out.closeEntry();
        out.putNextEntry(new JarEntry(ToolSchema.RESOURCE));
        out.write(schemaText(schemaName).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  static TargetSpec spec(String schemaName) {
    return new TargetSpec(GATEWAY, TARGET, LAMBDA_ARN, "Order tools", schema(schemaName));
  }

  /** A PrintStream that remembers what was printed. */
  static final class Capture {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String text() {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }
}
