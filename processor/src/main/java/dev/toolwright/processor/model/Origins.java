package dev.toolwright.processor.model;

import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * Whether a type is compiled from source in this compilation or read from a class file (a jar,
 * another module, or an incremental build's unchanged classes). A class file keeps names and
 * annotations of retention CLASS or RUNTIME, but no Javadoc, no source trees, and parameter names
 * only when compiled with {@code -parameters}.
 */
public final class Origins {

  /** The JDK whose javac first reads type annotations from class files (JDK-8225377). */
  private static final int READS_TYPE_ANNOTATIONS = 22;

  private static final byte[] TYPE_ANNOTATIONS =
      "TypeAnnotations".getBytes(StandardCharsets.US_ASCII);

  private final Trees trees;
  private final Elements elements;
  private final Filer filer;

  public Origins(ProcessingEnvironment env) {
    Trees t;
    try {
      t = Trees.instance(env);
    } catch (RuntimeException | LinkageError e) {
      t = null; // not javac: every type counts as source
    }
    this.trees = t;
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
  }

  /**
   * True when javac read the type from a class file rather than a source file of this compilation.
   */
  public boolean fromClassFile(TypeElement type) {
    return trees != null && trees.getTree(type) == null;
  }

  /**
   * True when this javac does not read type annotations from class files (before JDK 22) and the
   * type's class file has some ({@code Runtime[In]VisibleTypeAnnotations}), such as a type-use
   * {@code @Nullable} the processor then cannot see. False when the class file cannot be read.
   */
  public boolean hasUnreadTypeAnnotations(TypeElement type) {
    if (Runtime.version().feature() >= READS_TYPE_ANNOTATIONS) {
      return false;
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String binaryName = elements.getBinaryName(type).toString();
    String fileName =
        (packageName.isEmpty() ? binaryName : binaryName.substring(packageName.length() + 1))
            + ".class";
    try (InputStream in =
        filer.getResource(StandardLocation.CLASS_PATH, packageName, fileName).openInputStream()) {
      return contains(in.readAllBytes(), TYPE_ANNOTATIONS);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean contains(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
