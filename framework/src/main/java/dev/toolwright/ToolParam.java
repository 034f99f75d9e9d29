package dev.toolwright;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a tool parameter, a record component or a POJO field.
 *
 * <p>Everything here is optional: without it the description comes from the Javadoc ({@code @param}
 * tag of the method or record, or the field's own Javadoc), and the name is the name written in the
 * source (or the {@code @JsonProperty} name).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
public @interface ToolParam {

  /** What the value means, for the agent. Overrides the Javadoc. */
  String description() default "";

  /**
   * The JSON name of a tool parameter. Defaults to the parameter name as written in the source.
   * (For record components and POJO fields use {@code @JsonProperty}, which Jackson also reads.)
   */
  String name() default "";

  /**
   * A default that makes the value optional. It is applied at run time when the agent omits the
   * value (or sends {@code null}), and the schema description says so. Written as the value itself:
   * {@code "3"}, {@code "true"}, {@code "celsius"}, {@code "SHIPPED"}, {@code "2026-11-22"}.
   * Supported on scalars, strings, enums and the string-like types ({@code java.time}, {@code
   * UUID}, {@code URI}); the processor checks it at compile time.
   */
  String defaultValue() default NO_DEFAULT;

  /** Marker for "no default"; not a value anyone would choose. */
  String NO_DEFAULT = "\u0000toolwright:no-default\u0000";
}
