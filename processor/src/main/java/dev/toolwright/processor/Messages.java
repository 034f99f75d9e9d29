package dev.toolwright.processor;

import dev.toolwright.gateway.GatewayLimits;
import dev.toolwright.gateway.GatewayNames;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports. Each says what is wrong, names the element, and says how
 * to fix it; the tag in brackets is stable so tests and users can search for it.
 */
public enum Messages {
  TOOL_PRIVATE(
      Diagnostic.Kind.ERROR,
      "ToolPrivate",
      "@Tool method %s must not be private; make it public or package-private."),
  TOOL_ABSTRACT(
      Diagnostic.Kind.ERROR,
      "ToolAbstract",
      "@Tool method %s must have a body; @Tool goes on concrete methods of a class."),
  TOOL_GENERIC(
      Diagnostic.Kind.ERROR,
      "ToolGeneric",
      "@Tool method %s must not declare type parameters; give its parameters concrete types."),
  TOOL_CLASS_KIND(
      Diagnostic.Kind.ERROR,
      "ToolClassKind",
      "@Tool method %s is declared in %s; tools must be methods of a class or record."),
  TOOL_CLASS_PRIVATE(
      Diagnostic.Kind.ERROR,
      "ToolClassPrivate",
      "Class %s holds @Tool methods and must not be private; make it public or package-private."),
  TOOL_CLASS_INNER(
      Diagnostic.Kind.ERROR,
      "ToolClassInner",
      "Class %s holds @Tool methods and must be top-level or a static nested class; add 'static'."),
  TOOL_CLASS_GENERIC(
      Diagnostic.Kind.ERROR,
      "ToolClassGeneric",
      "Class %s holds @Tool methods and must not declare type parameters; move the tools to a non-generic class."),
  TOOL_CLASS_FILE(
      Diagnostic.Kind.ERROR,
      "ToolClassFile",
      "Class %s holds @Tool methods but was read from a class file, which has no Javadoc and no parameter names, so its tool descriptions and argument names would be wrong; compile it from source with the processor (a full compilation, not an incremental one)."),
  TOOL_NAME_INVALID(
      Diagnostic.Kind.ERROR,
      "ToolNameInvalid",
      "Tool name \"%s\" of %s must match "
          + GatewayNames.TOOL_NAME_PATTERN
          + " (letters, digits, '_' and '-'); set @Tool(name = ...) to such a name."),
  TOOL_NAME_DUPLICATE(
      Diagnostic.Kind.ERROR,
      "ToolDuplicateName",
      "Tool name \"%s\" is already used by %s; set @Tool(name = ...) to a unique value."),
  TOOL_NAME_TOO_LONG(
      Diagnostic.Kind.ERROR,
      "ToolNameTooLong",
      "Tool name \"%s\" is too long for target \"%s\": \"%s\" has %d characters as the agent's client sends it, and agents' model APIs accept at most "
          + GatewayNames.MAX_CLIENT_TOOL_NAME
          + "; shorten the tool name with @Tool(name = ...) or the target name."),
  TOOL_NAME_LONG(
      Diagnostic.Kind.WARNING,
      "ToolNameLong",
      "Tool name \"%s\" has %d characters; with the prefixes \"%s<target>"
          + GatewayNames.TARGET_SEPARATOR
          + "\" it exceeds the "
          + GatewayNames.MAX_CLIENT_TOOL_NAME
          + " characters that agents' model APIs accept unless the target name is at most %d characters. Shorten it with @Tool(name = ...), or pass -Atoolwright.target=<name> to check exactly."),
  TARGET_NAME_INVALID(
      Diagnostic.Kind.ERROR,
      "ToolTargetInvalid",
      "Processor option toolwright.target=\"%s\" is not a valid gateway target name; it must match "
          + GatewayNames.TARGET_NAME_PATTERN
          + " (letters, digits and single hyphens, no underscores)."),
  DESCRIPTION_MISSING(
      Diagnostic.Kind.ERROR,
      "ToolNoDescription",
      "Tool %s has no description; the agent and the gateway's semantic search need one. Add a Javadoc comment to the method or set @Tool(description = ...)."),
  DESCRIPTION_REPEATS_NAME(
      Diagnostic.Kind.WARNING,
      "ToolWeakDescription",
      "The description of tool %s only repeats its name; say what it does, what it returns and when to use it."),
  PARAM_UNSUPPORTED(Diagnostic.Kind.ERROR, "ToolUnsupportedType", "%s: %s; %s"),
  TYPE_FROM_CLASS_FILE(
      Diagnostic.Kind.WARNING,
      "ToolClassFileType",
      "Type %s comes from a class file; its Javadoc is not available, so %s no description (%s). Add @JsonPropertyDescription or @ToolParam(description = ...) to them, or compile the type in the module that holds the tools."),
  TYPE_USE_FROM_CLASS_FILE(
      Diagnostic.Kind.WARNING,
      "ToolClassFileTypeUse",
      "Type %s comes from a class file with type annotations, which javac reads from class files only since JDK 22; a type-use @Nullable there is not seen, so such a property is required here (%s). Use Optional<...> or a declaration @Nullable in that type, or compile with JDK 22 or newer."),
  PARAM_NAME_INVALID(
      Diagnostic.Kind.ERROR,
      "ToolParamName",
      "Parameter name \"%s\" of %s must not be empty or start with \"__\" (reserved); set @ToolParam(name = ...) to another name."),
  PARAM_NAME_DUPLICATE(
      Diagnostic.Kind.ERROR,
      "ToolParamDuplicate",
      "Parameter name \"%s\" is used twice in %s; set @ToolParam(name = ...) so each is unique."),
  PRIME_WITH_INVALID(
      Diagnostic.Kind.ERROR,
      "ToolPrimeWith",
      "primeWith of %s is not a call the tool accepts: %s. Write the JSON object of the arguments of one safe call, e.g. {\"city\": \"Seattle\"}, or leave primeWith out."),
  DEFAULT_INVALID(
      Diagnostic.Kind.ERROR, "ToolBadDefault", "defaultValue \"%s\" of %s is not a valid %s; %s"),
  DEFAULT_UNSUPPORTED(
      Diagnostic.Kind.ERROR,
      "ToolBadDefault",
      "defaultValue on %s is not supported for its type; defaults work on scalars, strings, enums and string-like types. Use Optional<...> and handle absence in the method."),
  DEFAULT_ON_OPTIONAL(
      Diagnostic.Kind.ERROR,
      "ToolBadDefault",
      "%s has both a defaultValue and an Optional or @Nullable type; keep one: a default makes the value optional already."),
  SCHEMA_TOO_LARGE(
      Diagnostic.Kind.ERROR,
      "ToolSchemaTooLarge",
      "The inline tool schema has %d bytes, more than the gateway's limit of 1 MB ("
          + GatewayLimits.MAX_INLINE_SCHEMA_BYTES
          + " bytes); split the tools over several Lambda targets (modules) or shorten descriptions."),
  TOO_MANY_TOOLS(
      Diagnostic.Kind.ERROR,
      "ToolTooMany",
      "This module declares %d tools, more than the gateway's limit of "
          + GatewayLimits.MAX_TOOLS_PER_TARGET
          + " per target; split them over several Lambda targets."),
  IO_ERROR(Diagnostic.Kind.ERROR, "ToolIo", "Could not write %s: %s");

  private final Diagnostic.Kind kind;
  private final String tag;
  private final String format;

  Messages(Diagnostic.Kind kind, String tag, String format) {
    this.kind = kind;
    this.tag = tag;
    this.format = format;
  }

  public Diagnostic.Kind kind() {
    return kind;
  }

  public String tag() {
    return tag;
  }

  /** The full message text with its tag. */
  public String format(Object... args) {
    return "[" + tag + "] " + String.format(format, args);
  }
}
