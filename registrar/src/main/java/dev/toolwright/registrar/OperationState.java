package dev.toolwright.registrar;

/**
 * What a running {@link GatewayRegistrar} operation has done so far: the target it works on, its id
 * and last known status, and whether a write is out. Updated as the operation goes and safe to read
 * from another thread, e.g. a shutdown hook that reports what an interrupted run left behind.
 */
public final class OperationState {

  /** How far the operation got. */
  public enum Phase {
    /** Nothing started yet. */
    IDLE,
    /** Only reads so far: nothing was changed. */
    READING,
    /** A write was sent and its answer is not in yet. */
    WRITING,
    /** The write was accepted; waiting for the target to settle. */
    WAITING,
    /** Finished (successfully or not). */
    DONE
  }

  private volatile String operation;
  private volatile String gatewayId;
  private volatile String targetName;
  private volatile String targetId;
  private volatile String status;
  private volatile String write;
  private volatile Phase phase = Phase.IDLE;

  void start(String operation, String gatewayId, String targetName) {
    this.operation = operation;
    this.gatewayId = gatewayId;
    this.targetName = targetName;
    this.targetId = null;
    this.status = null;
    this.write = null;
    this.phase = Phase.READING;
  }

  void seen(String targetId, String status) {
    this.targetId = targetId;
    this.status = status;
  }

  void forget() {
    this.targetId = null;
    this.status = null;
  }

  void writing(String write) {
    this.write = write;
    this.phase = Phase.WRITING;
  }

  void unwritten() {
    this.write = null;
    this.phase = Phase.READING;
  }

  void waiting(String targetId, String status) {
    seen(targetId, status);
    this.phase = Phase.WAITING;
  }

  void done() {
    this.phase = Phase.DONE;
  }

  /**
   * The operation: {@code register}, {@code remove}, {@code diff} or {@code list}; null before any.
   */
  public String operation() {
    return operation;
  }

  /** The gateway. */
  public String gatewayId() {
    return gatewayId;
  }

  /** The target name, or null for {@code list}. */
  public String targetName() {
    return targetName;
  }

  /** The target's id once known, else null. */
  public String targetId() {
    return targetId;
  }

  /** The target's last known status (raw service value), or null. */
  public String status() {
    return status;
  }

  /** How far the operation got. */
  public Phase phase() {
    return phase;
  }

  /** One or two sentences on what the operation leaves on the gateway if it stops now. */
  public String leftBehind() {
    String target =
        targetName == null
            ? ""
            : "Target \"" + targetName + "\"" + (targetId == null ? "" : " (" + targetId + ")");
    switch (phase) {
      case IDLE:
      case READING:
        return targetId == null
            ? "Nothing was changed on the gateway."
            : "Nothing was changed on the gateway; " + target + " is " + status + ".";
      case WRITING:
        return write
            + " was sent for target \""
            + targetName
            + "\" but its answer did not arrive: the change "
            + "may or may not have been made, and may still be going on at the service.";
      case WAITING:
        return target
            + " stays on the gateway, last seen "
            + status
            + "; the operation continues on the "
            + "service side.";
      default:
        return "";
    }
  }
}
