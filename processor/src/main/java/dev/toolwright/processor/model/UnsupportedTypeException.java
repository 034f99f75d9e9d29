package dev.toolwright.processor.model;

/**
 * A type on the way from a tool parameter to its leaves has no shape the gateway accepts. Carries
 * the path to the bad type, what is wrong and how to fix it; the validator reports it on the
 * parameter.
 */
public final class UnsupportedTypeException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;
  private final String fix;

  public UnsupportedTypeException(String path, String problem, String fix) {
    super(problem + " at '" + path + "'", null, false, false);
    this.path = path;
    this.problem = problem;
    this.fix = fix;
  }

  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }

  public String fix() {
    return fix;
  }
}
