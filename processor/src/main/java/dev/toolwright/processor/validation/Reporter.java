package dev.toolwright.processor.validation;

import dev.toolwright.processor.Messages;
import dev.toolwright.processor.model.Annotations;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports {@link Messages} on elements and remembers whether any error was reported. */
public final class Reporter {

  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void report(Element element, Messages message, Object... args) {
    count(message);
    messager.printMessage(message.kind(), message.format(args), element);
  }

  /**
   * Reports on the value of {@code @annotation(member = ...)} when the element sets it, so the
   * compiler points at the value that is wrong; else on the element.
   */
  public void report(
      Element element, String annotation, String member, Messages message, Object... args) {
    Optional<AnnotationMirror> mirror = Annotations.find(element, annotation);
    Optional<AnnotationValue> value = mirror.flatMap(m -> Annotations.annotationValue(m, member));
    if (value.isEmpty()) {
      report(element, message, args);
      return;
    }
    count(message);
    messager.printMessage(message.kind(), message.format(args), element, mirror.get(), value.get());
  }

  public int errorCount() {
    return errors;
  }

  private void count(Messages message) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
  }
}
