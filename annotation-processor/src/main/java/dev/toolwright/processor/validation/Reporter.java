package dev.toolwright.processor.validation;

import dev.toolwright.processor.Messages;
import javax.annotation.processing.Messager;
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
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(message.kind(), message.format(args), element);
  }

  public int errorCount() {
    return errors;
  }
}
