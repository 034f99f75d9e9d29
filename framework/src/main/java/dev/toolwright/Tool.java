package dev.toolwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a tool that an AgentCore Gateway can call.
 *
 * <p>At compile time the Toolwright annotation processor turns every {@code @Tool} method into an
 * entry of the gateway's inline tool schema and into a {@code case} of the class's generated {@code
 * <Class>_ToolDispatcher}. The method must be public or package-private, non-generic, and declared
 * in a top-level or static nested class.
 *
 * <p>Parameters are plain Java types (primitives, {@code String}, enums, records and POJOs, lists,
 * sets, arrays, {@code Map<String, V>}, {@code Optional}, {@code java.time} types, {@code UUID},
 * {@code URI}). A parameter of type {@code com.amazonaws.services.lambda.runtime.Context} or {@link
 * GatewayContext} is injected and never appears in the schema.
 *
 * <p>The return value is sent to the agent as JSON. Records, POJOs and maps are sent as they are;
 * any other value is wrapped as {@code {"result": value}}; {@code void} sends {@code {}}. Throw
 * {@link ToolException} to send the agent a message of your own; any other exception is masked.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Tool {

  /**
   * The tool name the agent sees. Defaults to the method name in snake_case ({@code lookupOrder}
   * becomes {@code lookup_order}). Must match {@code [a-zA-Z0-9_-]+}.
   */
  String name() default "";

  /**
   * What the tool does, for the agent and for the gateway's semantic search. Defaults to the
   * method's Javadoc description (the text before the block tags).
   */
  String description() default "";

  /**
   * Whether the tool lists the shape of its answer as an {@code outputSchema} (its {@code @return}
   * Javadoc describes it). Off by default, for every tool unless the build passes {@code
   * -Atoolwright.outputSchema=true}: strict MCP clients reject an answer without {@code
   * structuredContent} when the tool listed an {@code outputSchema}, and whether the gateway adds
   * {@code structuredContent} for Lambda targets is undocumented. The answer itself is the same
   * either way.
   */
  boolean outputSchema() default false;

  /**
   * The arguments (a JSON object) of one sample call of this tool that the handler makes while it
   * primes (under SnapStart and provisioned concurrency, or {@code TOOLWRIGHT_PRIMING=on}), so that
   * the tool's own code, not only Toolwright's, is loaded and has run once before the first real
   * call: AWS's "invoke priming". Set it only for a tool that is safe to call then (it reads or
   * computes; it does not write, pay or send). The call is real; its answer is dropped, nothing is
   * logged or counted for it, and a failure only writes a warning at INIT. The build checks the
   * arguments against the tool's parameters.
   */
  String primeWith() default "";
}
