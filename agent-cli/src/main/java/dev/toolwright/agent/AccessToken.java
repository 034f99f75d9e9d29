package dev.toolwright.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth 2.0 access token from a token endpoint, with what the endpoint said about it.
 *
 * <p>{@link #toString()} never shows the token itself.
 *
 * @param value the access token, e.g. a JWT; send it as {@code Authorization: Bearer <value>}
 * @param tokenType the {@code token_type} the endpoint answered, normally {@code Bearer}
 * @param expiresIn the {@code expires_in} the endpoint answered, or {@code null} when it sent none
 * @param obtainedAt when the answer arrived
 * @param scope the {@code scope} the endpoint granted, or {@code null} when it sent none
 */
public record AccessToken(
    String value, String tokenType, Duration expiresIn, Instant obtainedAt, String scope) {

  /** Checks the token and the time are present. */
  public AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(obtainedAt, "obtainedAt");
  }

  /** When the token stops being accepted, or {@code null} when the endpoint did not say. */
  public Instant expiresAt() {
    return expiresIn == null ? null : obtainedAt.plus(expiresIn);
  }

  @Override
  public String toString() {
    return "AccessToken[tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + ", scope="
        + scope
        + ", value=<"
        + value.length()
        + " characters, not shown>]";
  }
}
