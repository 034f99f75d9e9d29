package dev.toolwright.registrar;

/**
 * What {@link GatewayRegistrar#register} did, or with {@code dryRun} would do.
 *
 * @param change the write performed (or planned)
 * @param targetId the target's id, or {@code null} when a dry run would create it
 * @param status the target's last seen status (raw service value), or {@code null} when it does not
 *     exist yet
 * @param dryRun whether this was a dry run, in which case nothing was written
 * @param diff the differences between the deployed target and the spec (empty for {@link
 *     Change#NONE})
 */
public record RegisterResult(
    Change change, String targetId, String status, boolean dryRun, TargetDiff diff) {

  /** The write a registration needs. */
  public enum Change {
    /** The target did not exist: CreateGatewayTarget. */
    CREATE,
    /** The target differed (or had failed): UpdateGatewayTarget, a full replace. */
    UPDATE,
    /** The target already matched and was READY: no write. */
    NONE
  }
}
