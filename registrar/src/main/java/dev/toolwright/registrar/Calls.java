package dev.toolwright.registrar;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

/**
 * Runs control-plane calls: paces them within AgentCore's rate quotas (at most 10 per second for
 * get/list, 5 per second for target writes), bounds each by the time left of the operation's {@link
 * Budget}, counts its attempts, and turns a failure into one paragraph an operator can act on.
 * Retrying is the SDK's job (see {@link Retries}); there is no second layer here.
 *
 * <p>Every call routed through here is safe to repeat: reads have no effect, CreateGatewayTarget
 * carries one client token for all attempts, UpdateGatewayTarget is a full replace, and a repeated
 * DeleteGatewayTarget ends in "not found", which callers treat as done.
 */
final class Calls {

  static final Duration READ_SPACING = Duration.ofMillis(100);
  static final Duration WRITE_SPACING = Duration.ofMillis(200);

  private final PrintStream progress;
  private final String region;
  private long nextRead = System.nanoTime();
  private long nextWrite = System.nanoTime();

  Calls(PrintStream progress, String region) {
    this.progress = progress;
    this.region = region;
  }

  <T> T read(
      String operation,
      Budget budget,
      Function<Consumer<AwsRequestOverrideConfiguration.Builder>, T> call) {
    return run(operation, false, budget, call);
  }

  <T> T write(
      String operation,
      Budget budget,
      Function<Consumer<AwsRequestOverrideConfiguration.Builder>, T> call) {
    return run(operation, true, budget, call);
  }

  private <T> T run(
      String operation,
      boolean write,
      Budget budget,
      Function<Consumer<AwsRequestOverrideConfiguration.Builder>, T> call) {
    pace(write, budget);
    if (budget.spent()) {
      throw new RegistrarException(
          RegistrarException.Kind.TIMEOUT,
          "Timed out after "
              + GatewayRegistrar.human(budget.total())
              + " (--timeout) before "
              + operation
              + " could be sent. "
              + "Run the command again with a longer --timeout.");
    }
    Attempts attempts = new Attempts(operation, progress);
    try {
      return call.apply(
          o -> {
            budget.limit(o);
            o.putExecutionAttribute(Attempts.KEY, attempts);
          });
    } catch (SdkException e) {
      throw translate(operation, e, attempts(attempts, e), budget, region);
    }
  }

  private static int attempts(Attempts attempts, SdkException e) {
    if (attempts.count() > 0) {
      return attempts.count();
    }
    Integer fromSdk = e.numAttempts();
    return fromSdk == null ? 0 : fromSdk;
  }

  private void pace(boolean write, Budget budget) {
    long now = System.nanoTime();
    long at = write ? nextWrite : nextRead;
    if (at > now) {
      sleepNanos(Math.min(at - now, Math.max(0, budget.remainingNanos())));
      now = System.nanoTime();
    }
    if (write) {
      nextWrite = now + WRITE_SPACING.toNanos();
    } else {
      nextRead = now + READ_SPACING.toNanos();
    }
  }

  static void sleepNanos(long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RegistrarException(
          RegistrarException.Kind.AWS_ERROR, "Interrupted while waiting.", e);
    }
  }

  /** Whether {@code e} (a translated failure) is the service's "not found". */
  static boolean notFound(RuntimeException e) {
    return e.getCause() instanceof ResourceNotFoundException;
  }

  /**
   * Whether {@code e} (a translated failure) is the service's definite refusal (4xx): nothing was
   * changed.
   */
  static boolean rejected(RuntimeException e) {
    return e.getCause() instanceof AwsServiceException
        && ((AwsServiceException) e.getCause()).statusCode() / 100 == 4;
  }

  /**
   * Whether {@code e} (a translated failure) is the service's "conflict": a ConflictException, or a
   * validation failure saying the name already exists.
   */
  static boolean conflict(RuntimeException e) {
    if (e.getCause() instanceof ConflictException) {
      return true;
    }
    if (e.getCause() instanceof ValidationException) {
      AwsServiceException ase = (AwsServiceException) e.getCause();
      String message = ase.awsErrorDetails() == null ? null : ase.awsErrorDetails().errorMessage();
      return message != null && message.toLowerCase(Locale.ROOT).contains("already exists");
    }
    return false;
  }

  /**
   * Turns an SDK failure into one paragraph: what happened (with the number of attempts where that
   * matters) and what to check. What the failure left behind is added by the registrar, which knows
   * how far it got.
   */
  static RegistrarException translate(
      String operation, SdkException e, int attempts, Budget budget, String region) {
    String tries = attempts > 1 ? " after " + attempts + " attempts" : "";
    if (e instanceof ApiCallTimeoutException
        || budget != null
            && budget.spent()
            && (e instanceof AbortedException
                || e instanceof ApiCallAttemptTimeoutException
                || !(e instanceof AwsServiceException))) {
      String reason = networkReason(e);
      String last =
          attempts <= 0
              ? ""
              : attempts == 1
                  ? " (1 attempt, unanswered)"
                  : " (" + attempts + " attempts, the last one unanswered)";
      if (reason != null && attempts > 0) {
        last = " (" + attempts + (attempts == 1 ? " attempt" : " attempts") + "; " + reason + ")";
      }
      return new RegistrarException(
          RegistrarException.Kind.TIMEOUT,
          "Timed out after "
              + GatewayRegistrar.human(budget == null ? Duration.ZERO : budget.total())
              + " (--timeout) waiting "
              + "for AgentCore to answer "
              + operation
              + last
              + ". Check the network, --region and "
              + "--endpoint-url, or run the command again with a longer --timeout.",
          e);
    }
    if (e instanceof AwsServiceException) {
      AwsServiceException ase = (AwsServiceException) e;
      String message =
          ase.awsErrorDetails() != null && ase.awsErrorDetails().errorMessage() != null
              ? ase.awsErrorDetails().errorMessage()
              : "no message";
      String code =
          ase.awsErrorDetails() != null && ase.awsErrorDetails().errorCode() != null
              ? ase.awsErrorDetails().errorCode()
              : null;
      String request = ase.requestId() != null ? " (request id " + ase.requestId() + ")" : "";
      String text;
      if (e instanceof AccessDeniedException) {
        text =
            operation
                + " was denied: "
                + sentence(message)
                + request
                + " The caller needs "
                + "bedrock-agentcore:"
                + operation
                + " on the gateway.";
      } else if (e instanceof ValidationException) {
        StringBuilder b =
            new StringBuilder(operation + " was rejected as invalid: " + sentence(message));
        ValidationException ve = (ValidationException) e;
        if (ve.hasFieldList()) {
          ve.fieldList()
              .forEach(
                  f -> b.append(' ').append(f.name()).append(": ").append(sentence(f.message())));
        }
        text = b + request;
      } else if (e instanceof ConflictException) {
        text =
            operation
                + " conflicts with the target's current state: "
                + sentence(message)
                + request
                + " Another operation may be in progress on this gateway; wait for it to finish and run the "
                + "command again.";
      } else if (e instanceof ServiceQuotaExceededException) {
        text =
            operation
                + " exceeds a service quota: "
                + sentence(message)
                + request
                + " Targets per "
                + "gateway and tools per target are adjustable quotas (Service Quotas console).";
      } else if (ase.isThrottlingException()) {
        text =
            "AgentCore still throttled "
                + operation
                + tries
                + " with backoff: "
                + sentence(message)
                + request
                + " It allows 5 target writes and 10 reads per second per account; another "
                + "deployment may be calling it at the same time. Wait a minute and run the command again.";
      } else if (ase.statusCode() >= 500) {
        text =
            "AgentCore failed "
                + operation
                + " with HTTP "
                + ase.statusCode()
                + (attempts > 1 ? " on all " + attempts + " attempts" : "")
                + ": "
                + sentence(message)
                + request
                + " The service may be having trouble: check the AWS Health "
                + "Dashboard for Amazon Bedrock AgentCore in "
                + region
                + ", then run the command again.";
      } else {
        text =
            "AgentCore rejected "
                + operation
                + " with HTTP "
                + ase.statusCode()
                + (code == null ? "" : " " + code)
                + ": "
                + sentence(message)
                + request;
      }
      return new RegistrarException(RegistrarException.Kind.AWS_ERROR, text, e);
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("Unable to load credentials from any of the providers")) {
      return new RegistrarException(
          RegistrarException.Kind.AWS_ERROR,
          "Could not call AgentCore ("
              + operation
              + "): no AWS credentials found (tried system properties, environment variables, web identity, "
              + "~/.aws profiles, container and instance metadata). Configure credentials (aws configure, aws "
              + "sso login, AWS_PROFILE or --profile).",
          e);
    }
    if (unreadable(e)) {
      return new RegistrarException(
          RegistrarException.Kind.AWS_ERROR,
          "The service returned a response to "
              + operation
              + " that could not be read (not the JSON the AgentCore API answers with)"
              + tries
              + ". Check that --endpoint-url and --region point at the AgentCore control plane and that no "
              + "proxy in between rewrites or cuts responses, then run the command again.",
          e);
    }
    String reason = networkReason(e);
    if (reason != null) {
      return new RegistrarException(
          RegistrarException.Kind.AWS_ERROR,
          "Could not reach AgentCore for "
              + operation
              + tries
              + ": "
              + reason
              + ". Check the network, --region and --endpoint-url.",
          e);
    }
    if (message.toLowerCase(Locale.ROOT).contains("credential")) {
      return new RegistrarException(
          RegistrarException.Kind.AWS_ERROR,
          "Could not call AgentCore ("
              + operation
              + "): the AWS credentials could not be used. Configure credentials (aws configure, aws sso "
              + "login, AWS_PROFILE or --profile).",
          e);
    }
    return new RegistrarException(
        RegistrarException.Kind.AWS_ERROR,
        "Could not call AgentCore ("
            + operation
            + ")"
            + tries
            + ": "
            + sentence(plain(message))
            + " Check the network, --region and --endpoint-url.",
        e);
  }

  /** A response body the SDK could not parse: a JSON parser failure anywhere in the causes. */
  private static boolean unreadable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String name = t.getClass().getName();
      if (name.contains(".jackson.")
          || name.contains("Json")
          || String.valueOf(t.getMessage()).startsWith("Unable to unmarshall")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a connection failed, from the failure or (for earlier attempts) what the SDK attached to
   * it.
   */
  private static String networkReason(Throwable e) {
    String reason = networkReasonInCauses(e);
    for (int i = e.getSuppressed().length - 1; reason == null && i >= 0; i--) {
      reason = networkReasonInCauses(e.getSuppressed()[i]);
    }
    return reason;
  }

  private static String networkReasonInCauses(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "the host name "
            + (t.getMessage() == null ? "" : "\"" + t.getMessage() + "\" ")
            + "could not be resolved";
      }
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return "the connection was refused or could not be made";
      }
      if (t instanceof SocketTimeoutException) {
        return "the connection timed out";
      }
      if (t instanceof SSLException) {
        return "the TLS handshake failed";
      }
      if (t instanceof java.io.IOException && !(e instanceof ApiCallTimeoutException)) {
        return "the connection failed (" + plain(String.valueOf(t.getMessage())) + ")";
      }
    }
    return null;
  }

  /**
   * Drops SDK decorations such as "(SDK Attempt Count: 3)" and leading class names from a message.
   */
  static String plain(String message) {
    return message
        .replaceAll("\\s*\\(SDK Attempt Count: \\d+\\)", "")
        .replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*", "")
        .replace('\n', ' ')
        .strip();
  }

  /** The text as a sentence: stripped, ending in exactly one period (or other final mark). */
  static String sentence(String text) {
    String s = text == null ? "" : text.strip();
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    if (s.isEmpty()) {
      return "";
    }
    return s.endsWith("!") || s.endsWith("?") ? s : s + ".";
  }
}
