package dev.toolwright.registrar;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AccessDeniedException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ConflictException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ValidationException;

/**
 * Runs control-plane calls within AgentCore's rate quotas: paces requests (at most 10 per second for get/list,
 * 5 per second for target writes), and retries calls that are still throttled after the SDK's own retries, with
 * exponential backoff and jitter, until the overall deadline.
 *
 * <p>Every call routed through here is safe to repeat: reads have no effect, CreateGatewayTarget carries one
 * client token for all attempts, UpdateGatewayTarget is a full replace, and a repeated DeleteGatewayTarget ends in
 * "not found", which callers treat as done.
 */
final class Calls {

    static final Duration READ_SPACING = Duration.ofMillis(100);
    static final Duration WRITE_SPACING = Duration.ofMillis(200);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

    private final PrintStream progress;
    private final int maxThrottleRetries;
    private final Duration backoffBase;
    private long nextRead = System.nanoTime();
    private long nextWrite = System.nanoTime();

    Calls(PrintStream progress, int maxThrottleRetries, Duration backoffBase) {
        this.progress = progress;
        this.maxThrottleRetries = maxThrottleRetries;
        this.backoffBase = backoffBase;
    }

    <T> T read(String operation, long deadline, Supplier<T> call) {
        return run(operation, false, deadline, call);
    }

    <T> T write(String operation, long deadline, Supplier<T> call) {
        return run(operation, true, deadline, call);
    }

    private <T> T run(String operation, boolean write, long deadline, Supplier<T> call) {
        for (int retry = 0; ; retry++) {
            pace(write);
            try {
                return call.get();
            } catch (AwsServiceException e) {
                if (!e.isThrottlingException()) {
                    throw e;
                }
                if (retry >= maxThrottleRetries) {
                    throw new RegistrarException(RegistrarException.Kind.AWS_ERROR, operation + " is still throttled "
                            + "after " + (retry + 1) + " attempts (AgentCore allows 5 target writes and 10 reads per "
                            + "second per account). Wait a minute and run the command again.", e);
                }
                long delay = backoff(retry);
                if (System.nanoTime() + delay > deadline) {
                    throw new RegistrarException(RegistrarException.Kind.TIMEOUT, operation + " is throttled and the "
                            + "timeout leaves no time to back off; run again later or raise --timeout.", e);
                }
                progress.printf(Locale.ROOT, "Throttled by AgentCore on %s; retrying in %.1fs (retry %d of %d).%n",
                        operation, delay / 1e9, retry + 1, maxThrottleRetries);
                sleepNanos(delay);
            }
        }
    }

    /** Exponential backoff with "equal jitter": half the step fixed, half random. */
    private long backoff(int retry) {
        long step = Math.min(MAX_BACKOFF.toNanos(), backoffBase.toNanos() << Math.min(retry, 20));
        return step / 2 + ThreadLocalRandom.current().nextLong(step / 2 + 1);
    }

    private void pace(boolean write) {
        long now = System.nanoTime();
        long at = write ? nextWrite : nextRead;
        if (at > now) {
            sleepNanos(at - now);
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
            throw new RegistrarException(RegistrarException.Kind.AWS_ERROR, "Interrupted while waiting.", e);
        }
    }

    /** Turns an SDK failure into a message a person can act on, without a stack trace. */
    static RegistrarException translate(String operation, SdkException e) {
        if (e instanceof AwsServiceException) {
            AwsServiceException ase = (AwsServiceException) e;
            String message = ase.awsErrorDetails() != null && ase.awsErrorDetails().errorMessage() != null
                    ? ase.awsErrorDetails().errorMessage() : ase.getMessage();
            String request = ase.requestId() != null ? " (request id " + ase.requestId() + ")" : "";
            String text;
            if (e instanceof AccessDeniedException) {
                text = operation + " was denied: " + message + ". The caller needs bedrock-agentcore:" + operation
                        + " on the gateway.";
            } else if (e instanceof ValidationException) {
                StringBuilder b = new StringBuilder(operation + " was rejected as invalid: " + message);
                ValidationException ve = (ValidationException) e;
                if (ve.hasFieldList()) {
                    ve.fieldList().forEach(f -> b.append(System.lineSeparator()).append("  - ").append(f.name())
                            .append(": ").append(f.message()));
                }
                text = b.toString();
            } else if (e instanceof ConflictException) {
                text = operation + " conflicts with the target's current state: " + message + ". Another operation "
                        + "may be in progress on this gateway; wait for it to finish and run the command again.";
            } else if (e instanceof ServiceQuotaExceededException) {
                text = operation + " exceeds a service quota: " + message + ". Targets per gateway and tools per "
                        + "target are adjustable quotas (Service Quotas console).";
            } else {
                text = operation + " failed: " + message + " (HTTP " + ase.statusCode() + ")";
            }
            return new RegistrarException(RegistrarException.Kind.AWS_ERROR, text + request, e);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String hint = "";
        if (message.contains("Unable to load credentials from any of the providers")) {
            message = "no AWS credentials found (tried system properties, environment variables, web identity, "
                    + "~/.aws profiles, container and instance metadata).";
            hint = " Configure credentials (aws configure, aws sso login, AWS_PROFILE or --profile).";
        } else if (e instanceof SdkClientException && message.toLowerCase(Locale.ROOT).contains("credentials")) {
            hint = " Configure credentials (aws configure, aws sso login, AWS_PROFILE or --profile).";
        } else if (message.contains("Unable to execute HTTP request")) {
            hint = " Check the network, --region and --endpoint-url.";
        }
        return new RegistrarException(RegistrarException.Kind.AWS_ERROR,
                "Could not call AgentCore (" + operation + "): " + message + hint, e);
    }
}
