package dev.toolwright.processor.model;

import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Whether a type is compiled from source in this compilation or read from a class file (a jar,
 * another module, or an incremental build's unchanged classes). A class file keeps names and
 * annotations of retention CLASS or RUNTIME, but no Javadoc, no source trees, and parameter names
 * only when compiled with {@code -parameters}.
 */
public final class Origins {

  private final Trees trees;

  public Origins(ProcessingEnvironment env) {
    Trees t;
    try {
      t = Trees.instance(env);
    } catch (RuntimeException | LinkageError e) {
      t = null; // not javac: every type counts as source
    }
    this.trees = t;
  }

  /** True when javac read the type from a class file rather than a source file of this compilation. */
  public boolean fromClassFile(TypeElement type) {
    return trees != null && trees.getTree(type) == null;
  }
}
