package dev.toolwright.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A throwaway class loader over the class files of a compile-testing compilation (test types and
 * generated dispatchers), with the test class path as parent for the framework and Jackson.
 */
final class CompiledClasses extends ClassLoader {

  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      int start = path.indexOf(CLASS_OUTPUT);
      if (start < 0) {
        throw new IllegalStateException("unexpected class file location " + file.toUri());
      }
      String name =
          path.substring(start + CLASS_OUTPUT.length(), path.length() - ".class".length())
              .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  Class<?> load(String name) {
    try {
      return loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + name + " (have " + classes.keySet() + ")", e);
    }
  }
}
