package dev.toolwright.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any annotation named {@code Nullable} marks a value as optional; this one stands in for
 * JSpecify's.
 */
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.PARAMETER,
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@interface Nullable {}
