package dev.toolwright.processor;

import static com.google.common.truth.Truth.assertThat;
import static dev.toolwright.processor.ProcessorTesting.assertSucceededWithoutWarnings;

import com.google.testing.compile.Compilation;
import dev.toolwright.ToolDispatcher;
import dev.toolwright.internal.JsonSupport;
import dev.toolwright.internal.Primer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Primes a generated dispatcher whose tools cover every kind of type the processor accepts: the
 * synthetic arguments of each pass its checks and bind, and no tool runs.
 */
class PrimingTest {

  @Test
  void everyToolPrimes_andNoneIsCalled() throws ReflectiveOperationException {
    Compilation compilation = ProcessorTesting.compile(ProcessorTesting.resources("priming"));
    assertSucceededWithoutWarnings(compilation);
    CompiledClasses classes = new CompiledClasses(compilation);
    ToolDispatcher dispatcher =
        (ToolDispatcher) classes.load("priming.Wide_ToolDispatcher").getConstructor().newInstance();
    Class<?> tools = classes.load("priming.Wide");

    int primed = Primer.prime(List.of(dispatcher), new JsonSupport());

    assertThat(primed).isEqualTo(dispatcher.toolNames().size());
    assertThat(dispatcher.toolNames()).hasSize(7);
    assertThat(tools.getField("calls").getInt(null)).isEqualTo(0);
  }
}
