package dev.toolwright.registrar;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CredentialProviderType;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetGatewayTargetResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ListGatewayTargetsResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpLambdaTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.McpTargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.TargetSummary;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolDefinition;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateGatewayTargetResponse;

/**
 * Attaches a tool Lambda to an AgentCore Gateway as a Lambda target, idempotently.
 *
 * <p>{@link #register} lists the gateway's targets to find one with the target name, then creates
 * it, replaces it when the Lambda ARN, description or (normalised) tool schema differ, or does
 * nothing when they match; it then polls GetGatewayTarget until the target is {@code READY}.
 * Concurrent runs converge: a create that conflicts with a target of the same name made meanwhile
 * re-reads the gateway and continues as an update, or as nothing when that target already matches.
 * {@link #diff}, {@link #list} and {@link #remove} cover drift checks, inventory and clean-up.
 * Names are checked before any call; calls are paced within AgentCore's rate quotas, and every
 * call, its retries and the waiting share one time budget ({@link Builder#timeout}).
 *
 * <p>The SDK client is passed in (never created here), so callers choose credentials, region,
 * endpoint and HTTP client; {@link Retries#configure} gives it the registrar's retry strategy.
 * Progress goes to the {@link Builder#progress progress stream}; how far an operation got is in its
 * {@link Builder#state state}; expected failures throw {@link RegistrarException} with one
 * paragraph saying what happened, what was left behind and what to check.
 */
public final class GatewayRegistrar {

  static final Set<String> FAILED_STATES =
      Set.of("FAILED", "UPDATE_UNSUCCESSFUL", "SYNCHRONIZE_UNSUCCESSFUL");
  static final Set<String> BUSY_STATES =
      Set.of("CREATING", "UPDATING", "SYNCHRONIZING", "DELETING");
  static final String READY = "READY";
  static final int PAGE_SIZE = 100;

  /** How often a register re-reads the gateway after a conflicting write before it gives up. */
  static final int MAX_ROUNDS = 3;

  /**
   * How long a target just created may stay invisible to GetGatewayTarget (eventual consistency).
   */
  static final Duration VISIBILITY_GRACE = Duration.ofSeconds(10);

  private final BedrockAgentCoreControlClient client;
  private final PrintStream progress;
  private final Duration timeout;
  private final Duration pollInterval;
  private final Duration attemptTimeout;
  private final OperationState state;
  private final Calls calls;

  private GatewayRegistrar(Builder builder) {
    this.client = builder.client;
    this.progress = builder.progress;
    this.timeout = builder.timeout;
    this.pollInterval = builder.pollInterval;
    this.attemptTimeout = builder.attemptTimeout;
    this.state = builder.state;
    this.calls = new Calls(builder.progress, region());
  }

  /** Starts a registrar for {@code client}, which the caller keeps ownership of (and closes). */
  public static Builder builder(BedrockAgentCoreControlClient client) {
    return new Builder(client);
  }

  /**
   * Makes the gateway hold the target described by {@code spec} and waits until it is {@code
   * READY}.
   *
   * @param dryRun when true, only reads: reports the change it would make and writes nothing
   * @return what was done (or would be done)
   * @throws RegistrarException when input is invalid (before any call), AWS fails, the target ends
   *     in a failed state (with its status reasons and hints) or vanishes, or the timeout passes
   */
  public RegisterResult register(TargetSpec spec, boolean dryRun) {
    List<String> problems = new ArrayList<>();
    Names.checkGatewayId(spec.gatewayId(), problems);
    Names.checkTargetName(spec.targetName(), problems);
    Names.checkLambdaArn(spec.lambdaArn(), problems);
    Names.checkDescription(spec.description(), problems);
    Names.checkToolNames(spec.targetName(), spec.schema().toolNames(), problems);
    Names.throwIfAny(problems);
    if (!Names.isPublishedQualifier(spec.lambdaArn())) {
      progress.println(
          "Warning: "
              + spec.lambdaArn()
              + " is not qualified by a published version or alias. "
              + "SnapStart only works on published versions; prefer ...:function:<name>:<alias>.");
    }
    Budget budget = budget();
    state.start("register", spec.gatewayId(), spec.targetName());
    try {
      return register(spec, dryRun, budget);
    } catch (RegistrarException e) {
      throw explain(e);
    } finally {
      state.done();
    }
  }

  private RegisterResult register(TargetSpec spec, boolean dryRun, Budget budget) {
    String gatewayId = spec.gatewayId();
    String name = spec.targetName();
    for (int round = 1; ; round++) {
      if (round > 1) {
        // The other deployment's write may take a moment to show in ListGatewayTargets.
        sleepUntilNextPoll(
            budget,
            () ->
                "Timed out after "
                    + human(timeout)
                    + " re-reading gateway "
                    + gatewayId
                    + " after a conflicting write; run register again with a longer --timeout.");
      }
      GetGatewayTargetResponse existing = describe(gatewayId, name, budget);
      if (existing != null && BUSY_STATES.contains(existing.statusAsString())) {
        progress.println(
            "Target \""
                + name
                + "\" is "
                + existing.statusAsString()
                + "; waiting for it to settle.");
        existing = settle(gatewayId, existing, budget);
      }

      if (existing == null) {
        state.forget();
        TargetDiff diff = TargetDiff.missing(spec.schema().toolDefinitions());
        if (dryRun) {
          progress.println(
              "Dry run: would create target \""
                  + name
                  + "\" on gateway "
                  + gatewayId
                  + " -> "
                  + spec.lambdaArn()
                  + " with "
                  + toolList(spec)
                  + ".");
          return new RegisterResult(RegisterResult.Change.CREATE, null, null, true, diff);
        }
        progress.println(
            "Creating target \""
                + name
                + "\" on gateway "
                + gatewayId
                + " -> "
                + spec.lambdaArn()
                + " with "
                + toolList(spec)
                + ".");
        String clientToken = UUID.randomUUID().toString();
        CreateGatewayTargetResponse created;
        state.writing("CreateGatewayTarget");
        try {
          created =
              calls.write(
                  "CreateGatewayTarget",
                  budget,
                  o ->
                      client.createGatewayTarget(
                          b ->
                              b.gatewayIdentifier(gatewayId)
                                  .name(name)
                                  .description(spec.description())
                                  .clientToken(clientToken)
                                  .targetConfiguration(targetConfiguration(spec))
                                  .credentialProviderConfigurations(gatewayIamRole())
                                  .overrideConfiguration(o)));
        } catch (RegistrarException e) {
          unwrittenIfRejected(e);
          if (Calls.conflict(e) && round < MAX_ROUNDS) {
            state.start("register", gatewayId, name);
            progress.println(
                "CreateGatewayTarget conflicted: a target named \""
                    + name
                    + "\" was "
                    + "created meanwhile (another deployment?). Re-reading the gateway to continue from "
                    + "its state.");
            continue;
          }
          throw e;
        }
        state.waiting(created.targetId(), created.statusAsString());
        String status =
            waitUntilReady(spec, created.targetId(), created.statusAsString(), null, true, budget);
        return new RegisterResult(
            RegisterResult.Change.CREATE, created.targetId(), status, false, diff);
      }

      requireLambdaTarget(existing);
      TargetDiff diff = diffAgainst(existing, spec, true);
      String status = existing.statusAsString();
      boolean failed = FAILED_STATES.contains(status);
      if (diff.inSync() && !failed) {
        progress.println(
            "Target \""
                + name
                + "\" ("
                + existing.targetId()
                + ") is up to date ("
                + status
                + "); nothing to do.");
        return new RegisterResult(
            RegisterResult.Change.NONE, existing.targetId(), status, dryRun, diff);
      }
      String why =
          diff.inSync()
              ? "it is " + status + "; re-applying the same configuration to retry"
              : diff.summary();
      if (dryRun) {
        progress.println(
            "Dry run: would update target \""
                + name
                + "\" ("
                + existing.targetId()
                + "): "
                + why
                + ".");
        progress.println(diff.render());
        return new RegisterResult(
            RegisterResult.Change.UPDATE, existing.targetId(), status, true, diff);
      }
      progress.println(
          "Updating target \""
              + name
              + "\" ("
              + existing.targetId()
              + "), a full replace: "
              + why
              + ".");
      if (!diff.inSync()) {
        progress.println(diff.render());
      }
      String targetId = existing.targetId();
      UpdateGatewayTargetResponse updated;
      state.writing("UpdateGatewayTarget");
      try {
        updated =
            calls.write(
                "UpdateGatewayTarget",
                budget,
                o ->
                    client.updateGatewayTarget(
                        b ->
                            b.gatewayIdentifier(gatewayId)
                                .targetId(targetId)
                                .name(name)
                                .description(spec.description())
                                .targetConfiguration(targetConfiguration(spec))
                                .credentialProviderConfigurations(gatewayIamRole())
                                .overrideConfiguration(o)));
      } catch (RegistrarException e) {
        unwrittenIfRejected(e);
        if ((Calls.conflict(e) || Calls.notFound(e)) && round < MAX_ROUNDS) {
          state.start("register", gatewayId, name);
          progress.println(
              "UpdateGatewayTarget "
                  + (Calls.conflict(e) ? "conflicted" : "found no target")
                  + ": target \""
                  + name
                  + "\" changed meanwhile (another deployment?). Re-reading the "
                  + "gateway to continue from its state.");
          continue;
        }
        throw e;
      }
      state.waiting(targetId, updated.statusAsString());
      String finalStatus =
          waitUntilReady(
              spec, targetId, updated.statusAsString(), updated.updatedAt(), false, budget);
      return new RegisterResult(RegisterResult.Change.UPDATE, targetId, finalStatus, false, diff);
    }
  }

  /**
   * Compares the deployed target with {@code spec}: always the tool schema, and the Lambda ARN and
   * description only when they are non-null in {@code spec}. Only reads.
   *
   * @return the differences; {@link TargetDiff#targetMissing()} when the target does not exist
   */
  public TargetDiff diff(TargetSpec spec) {
    List<String> problems = new ArrayList<>();
    Names.checkGatewayId(spec.gatewayId(), problems);
    Names.checkTargetName(spec.targetName(), problems);
    if (spec.lambdaArn() != null) {
      Names.checkLambdaArn(spec.lambdaArn(), problems);
    }
    Names.checkDescription(spec.description(), problems);
    Names.throwIfAny(problems);
    Budget budget = budget();
    state.start("diff", spec.gatewayId(), spec.targetName());
    try {
      GetGatewayTargetResponse existing = describe(spec.gatewayId(), spec.targetName(), budget);
      if (existing == null) {
        return TargetDiff.missing(spec.schema().toolDefinitions());
      }
      requireLambdaTarget(existing);
      return diffAgainst(existing, spec, false);
    } catch (RegistrarException e) {
      throw explain(e);
    } finally {
      state.done();
    }
  }

  /** Lists every target of the gateway, following {@code nextToken} across pages. */
  public List<TargetInfo> list(String gatewayId) {
    List<String> problems = new ArrayList<>();
    Names.checkGatewayId(gatewayId, problems);
    Names.throwIfAny(problems);
    state.start("list", gatewayId, null);
    try {
      return listSummaries(gatewayId, budget()).stream()
          .map(t -> new TargetInfo(t.name(), t.targetId(), t.statusAsString(), t.description()))
          .collect(Collectors.toList());
    } catch (RegistrarException e) {
      throw explain(e);
    } finally {
      state.done();
    }
  }

  /**
   * Deletes the target named {@code targetName} and waits until it is gone. Idempotent: an absent
   * target is a success.
   *
   * @param dryRun when true, only reports whether it would delete
   * @return true when the target existed (and was, or would be, deleted); false when it was absent
   */
  public boolean remove(String gatewayId, String targetName, boolean dryRun) {
    List<String> problems = new ArrayList<>();
    Names.checkGatewayId(gatewayId, problems);
    Names.checkTargetName(targetName, problems);
    Names.throwIfAny(problems);
    Budget budget = budget();
    state.start("remove", gatewayId, targetName);
    try {
      return remove(gatewayId, targetName, dryRun, budget);
    } catch (RegistrarException e) {
      throw explain(e);
    } finally {
      state.done();
    }
  }

  private boolean remove(String gatewayId, String targetName, boolean dryRun, Budget budget) {
    TargetSummary summary = find(gatewayId, targetName, budget);
    if (summary == null) {
      progress.println(
          "Target \"" + targetName + "\" is not on gateway " + gatewayId + "; nothing to remove.");
      return false;
    }
    String targetId = summary.targetId();
    state.seen(targetId, summary.statusAsString());
    if (dryRun) {
      progress.println(
          "Dry run: would delete target \""
              + targetName
              + "\" ("
              + targetId
              + ") from gateway "
              + gatewayId
              + ".");
      return true;
    }
    if (!"DELETING".equals(summary.statusAsString())) {
      progress.println(
          "Deleting target \""
              + targetName
              + "\" ("
              + targetId
              + ") from gateway "
              + gatewayId
              + ".");
      state.writing("DeleteGatewayTarget");
      try {
        calls.write(
            "DeleteGatewayTarget",
            budget,
            o ->
                client.deleteGatewayTarget(
                    b ->
                        b.gatewayIdentifier(gatewayId)
                            .targetId(targetId)
                            .overrideConfiguration(o)));
      } catch (RegistrarException e) {
        unwrittenIfRejected(e);
        if (Calls.notFound(e)) {
          progress.println("Target \"" + targetName + "\" is already gone.");
          return true;
        }
        throw e;
      }
    }
    state.waiting(targetId, "DELETING");
    Progress watch = new Progress("DELETING");
    Supplier<String> timedOut =
        () ->
            "Timed out after "
                + human(timeout)
                + " waiting for target \""
                + targetName
                + "\" to be deleted; last status "
                + watch.last
                + ". It may still finish: check with "
                + "'list', or run remove again with a longer --timeout.";
    while (true) {
      sleepUntilNextPoll(budget, timedOut);
      GetGatewayTargetResponse current;
      try {
        current = get(gatewayId, targetId, budget);
      } catch (RegistrarException e) {
        if (e.kind() == RegistrarException.Kind.TIMEOUT) {
          throw whileWaiting(e, timedOut);
        }
        if (Calls.notFound(e)) {
          progress.println("Target \"" + targetName + "\" deleted after " + watch.elapsed() + ".");
          state.forget();
          return true;
        }
        throw e;
      }
      watch.see(current.statusAsString());
      state.seen(targetId, current.statusAsString());
    }
  }

  /** A write the service refused (4xx) changed nothing: the state says so again. */
  private void unwrittenIfRejected(RegistrarException e) {
    if (Calls.rejected(e)) {
      state.unwritten();
    }
  }

  /** Adds what the failed operation left behind to a failure that does not say it yet. */
  private RegistrarException explain(RegistrarException e) {
    if (e.kind() == RegistrarException.Kind.INVALID_INPUT
        && state.phase() == OperationState.Phase.READING) {
      return e;
    }
    String left = state.leftBehind();
    if (left.isEmpty() || e.getMessage().contains(left)) {
      return e;
    }
    return new RegistrarException(
        e.kind(), e.getMessage() + " " + left, e.getCause() == null ? e : e.getCause());
  }

  // --- reading
  // --------------------------------------------------------------------------------------------

  private GetGatewayTargetResponse describe(String gatewayId, String name, Budget budget) {
    TargetSummary summary = find(gatewayId, name, budget);
    if (summary == null) {
      return null;
    }
    try {
      GetGatewayTargetResponse target = get(gatewayId, summary.targetId(), budget);
      state.seen(target.targetId(), target.statusAsString());
      return target;
    } catch (RegistrarException e) {
      if (Calls.notFound(e)) {
        return null; // deleted between list and get
      }
      throw e;
    }
  }

  private TargetSummary find(String gatewayId, String name, Budget budget) {
    for (TargetSummary summary : listSummaries(gatewayId, budget)) {
      if (name.equals(summary.name())) {
        return summary;
      }
    }
    return null;
  }

  private List<TargetSummary> listSummaries(String gatewayId, Budget budget) {
    List<TargetSummary> all = new ArrayList<>();
    String token = null;
    do {
      String nextToken = token;
      ListGatewayTargetsResponse page;
      try {
        page =
            calls.read(
                "ListGatewayTargets",
                budget,
                o ->
                    client.listGatewayTargets(
                        b ->
                            b.gatewayIdentifier(gatewayId)
                                .maxResults(PAGE_SIZE)
                                .nextToken(nextToken)
                                .overrideConfiguration(o)));
      } catch (RegistrarException e) {
        if (Calls.notFound(e)) {
          throw new RegistrarException(
              RegistrarException.Kind.AWS_ERROR,
              "Gateway "
                  + gatewayId
                  + " was not found in region "
                  + region()
                  + ". Check --gateway and --region (list gateways "
                  + "with: aws bedrock-agentcore-control list-gateways).",
              e.getCause());
        }
        throw e;
      }
      all.addAll(page.items());
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return all;
  }

  private GetGatewayTargetResponse get(String gatewayId, String targetId, Budget budget) {
    return calls.read(
        "GetGatewayTarget",
        budget,
        o ->
            client.getGatewayTarget(
                b -> b.gatewayIdentifier(gatewayId).targetId(targetId).overrideConfiguration(o)));
  }

  /** Polls a busy target until it leaves the busy states; returns null if it disappears. */
  private GetGatewayTargetResponse settle(
      String gatewayId, GetGatewayTargetResponse target, Budget budget) {
    Progress watch = new Progress(target.statusAsString());
    GetGatewayTargetResponse current = target;
    while (BUSY_STATES.contains(current.statusAsString())) {
      sleepUntilNextPoll(
          budget,
          () ->
              "Timed out after "
                  + human(timeout)
                  + " waiting for target \""
                  + target.name()
                  + "\" to leave "
                  + watch.last
                  + "; try again later.");
      try {
        current = get(gatewayId, target.targetId(), budget);
      } catch (RegistrarException e) {
        if (Calls.notFound(e)) {
          progress.println("  target is gone; creating it anew.");
          return null;
        }
        throw e;
      }
      watch.see(current.statusAsString());
      state.seen(current.targetId(), current.statusAsString());
    }
    return current;
  }

  // --- waiting
  // ----------------------------------------------------------------------------------------------

  private String waitUntilReady(
      TargetSpec spec,
      String targetId,
      String initialStatus,
      Instant writtenAt,
      boolean justCreated,
      Budget budget) {
    progress.println(
        "Waiting for target \""
            + spec.targetName()
            + "\" ("
            + targetId
            + ") to become READY "
            + "(timeout "
            + human(timeout)
            + ").");
    Progress watch = new Progress(initialStatus);
    boolean seen = !justCreated;
    long since = System.nanoTime();
    int missing = 0;
    Supplier<String> timedOut =
        () ->
            "Timed out after "
                + human(timeout)
                + " waiting for target \""
                + spec.targetName()
                + "\" to become READY; last status "
                + watch.last
                + ". It may still finish: "
                + "check with 'list', or run register again with a longer --timeout.";
    while (true) {
      sleepUntilNextPoll(budget, timedOut);
      GetGatewayTargetResponse current;
      try {
        current = get(spec.gatewayId(), targetId, budget);
      } catch (RegistrarException e) {
        if (e.kind() == RegistrarException.Kind.TIMEOUT) {
          throw whileWaiting(e, timedOut);
        }
        if (!Calls.notFound(e)) {
          throw e;
        }
        missing++;
        boolean invisible = !seen && System.nanoTime() - since < VISIBILITY_GRACE.toNanos();
        if (invisible || missing < 2) {
          continue; // a new target can take a moment to become visible; one miss may be a stale
          // read
        }
        throw gone(spec, targetId, watch.last);
      }
      seen = true;
      missing = 0;
      String status = current.statusAsString();
      boolean stale =
          writtenAt != null
              && current.updatedAt() != null
              && current.updatedAt().isBefore(writtenAt);
      if (stale) {
        continue; // still the state from before our update
      }
      watch.see(status);
      state.seen(targetId, status);
      if (READY.equals(status)) {
        progress.println(
            "Target \""
                + spec.targetName()
                + "\" ("
                + targetId
                + ") is READY after "
                + watch.elapsed()
                + ". Tools: "
                + spec.schema().toolNames().stream()
                    .map(t -> spec.targetName() + Names.TOOL_NAME_SEPARATOR + t)
                    .collect(Collectors.joining(", "))
                + ".");
        return status;
      }
      if (FAILED_STATES.contains(status)) {
        throw failed(spec, current);
      }
    }
  }

  private RegistrarException gone(TargetSpec spec, String targetId, String lastStatus) {
    state.forget();
    state.done();
    return new RegistrarException(
        RegistrarException.Kind.TARGET_GONE,
        "Target \""
            + spec.targetName()
            + "\" ("
            + targetId
            + ") vanished while waiting for it to become READY: GetGatewayTarget now answers \"not "
            + "found\" (last status "
            + lastStatus
            + "). Something else deleted it, e.g. another pipeline's "
            + "remove or the console; nothing of it is left on gateway "
            + spec.gatewayId()
            + ". Find out what "
            + "removes it, then run register again to create it anew.");
  }

  private RegistrarException failed(TargetSpec spec, GetGatewayTargetResponse target) {
    List<String> reasons = target.hasStatusReasons() ? target.statusReasons() : List.of();
    StringBuilder b =
        new StringBuilder(
            "Target \""
                + spec.targetName()
                + "\" ("
                + target.targetId()
                + ") is "
                + target.statusAsString()
                + "; it stays on the gateway in that state until it is updated or removed.");
    String nl = System.lineSeparator();
    b.append(nl).append("Status reasons:");
    if (reasons.isEmpty()) {
      b.append(nl).append("  (none given)");
    }
    reasons.forEach(r -> b.append(nl).append("  - ").append(r));
    b.append(nl).append("What usually fixes it:");
    StatusHints.hints(reasons, spec.gatewayId(), spec.lambdaArn())
        .forEach(h -> b.append(nl).append("  - ").append(h));
    state.done();
    return new RegistrarException(RegistrarException.Kind.TARGET_FAILED, b.toString());
  }

  /** A timeout of a poll: the waiting's own message, and whether the last poll got no answer. */
  private static RegistrarException whileWaiting(RegistrarException e, Supplier<String> timedOut) {
    String hung = e.getCause() == null ? "" : " The last GetGatewayTarget got no answer in time.";
    return new RegistrarException(
        RegistrarException.Kind.TIMEOUT,
        timedOut.get() + hung,
        e.getCause() == null ? e : e.getCause());
  }

  /**
   * Sleeps a poll interval, or throws the waiting's own timeout message when the budget is (then)
   * spent.
   */
  private void sleepUntilNextPoll(Budget budget, Supplier<String> timeoutMessage) {
    if (!budget.spent()) {
      Calls.sleepNanos(Math.min(pollInterval.toNanos(), budget.remainingNanos()));
    }
    if (budget.spent()) {
      throw new RegistrarException(RegistrarException.Kind.TIMEOUT, timeoutMessage.get());
    }
  }

  /** Prints status transitions with the elapsed time; tolerates statuses this SDK does not know. */
  private final class Progress {
    private final long start = System.nanoTime();
    private String last;

    Progress(String initial) {
      last = initial == null ? "UNKNOWN" : initial;
      progress.printf(Locale.ROOT, "  %5s  %s%n", elapsed(), last);
    }

    void see(String status) {
      if (!Objects.equals(status, last)) {
        last = status;
        progress.printf(Locale.ROOT, "  %5s  %s%n", elapsed(), status);
      }
    }

    String elapsed() {
      return human(Duration.ofNanos(System.nanoTime() - start));
    }
  }

  // --- comparing and building
  // -------------------------------------------------------------------------------

  private void requireLambdaTarget(GetGatewayTargetResponse target) {
    McpLambdaTargetConfiguration lambda = lambdaOf(target);
    if (lambda == null) {
      throw new RegistrarException(
          RegistrarException.Kind.INVALID_INPUT,
          "Target \""
              + target.name()
              + "\" ("
              + target.targetId()
              + ") exists but is not a Lambda target; the registrar only manages Lambda "
              + "targets. Choose another --target name, or remove that target first.");
    }
  }

  private static McpLambdaTargetConfiguration lambdaOf(GetGatewayTargetResponse target) {
    TargetConfiguration configuration = target.targetConfiguration();
    McpTargetConfiguration mcp = configuration == null ? null : configuration.mcp();
    return mcp == null ? null : mcp.lambda();
  }

  private static TargetDiff diffAgainst(
      GetGatewayTargetResponse existing, TargetSpec spec, boolean forRegister) {
    McpLambdaTargetConfiguration lambda = lambdaOf(existing);
    software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolSchema schema =
        lambda.toolSchema();
    List<ToolDefinition> deployed =
        schema != null && schema.hasInlinePayload() ? schema.inlinePayload() : null;
    List<String[]> settings = new ArrayList<>();
    if (forRegister || spec.lambdaArn() != null) {
      settings.add(new String[] {"lambdaArn", lambda.lambdaArn(), spec.lambdaArn()});
    }
    if (forRegister || spec.description() != null) {
      settings.add(new String[] {"description", existing.description(), spec.description()});
    }
    if (schema != null && schema.s3() != null) {
      settings.add(new String[] {"toolSchema", "s3 " + schema.s3().uri(), "inline"});
    }
    if (forRegister) {
      String credentials =
          existing.hasCredentialProviderConfigurations()
              ? existing.credentialProviderConfigurations().stream()
                  .map(CredentialProviderConfiguration::credentialProviderTypeAsString)
                  .collect(Collectors.joining(","))
              : null;
      settings.add(
          new String[] {
            "credentialProviderType",
            credentials,
            CredentialProviderType.GATEWAY_IAM_ROLE.toString()
          });
    }
    return TargetDiff.compare(deployed, spec.schema().toolDefinitions(), settings);
  }

  private static TargetConfiguration targetConfiguration(TargetSpec spec) {
    return TargetConfiguration.builder()
        .mcp(
            McpTargetConfiguration.builder()
                .lambda(
                    McpLambdaTargetConfiguration.builder()
                        .lambdaArn(spec.lambdaArn())
                        .toolSchema(
                            software.amazon.awssdk.services.bedrockagentcorecontrol.model.ToolSchema
                                .builder()
                                .inlinePayload(spec.schema().toolDefinitions())
                                .build())
                        .build())
                .build())
        .build();
  }

  /** Lambda targets support only the gateway's IAM role as credential provider; always sent. */
  private static CredentialProviderConfiguration gatewayIamRole() {
    return CredentialProviderConfiguration.builder()
        .credentialProviderType(CredentialProviderType.GATEWAY_IAM_ROLE)
        .build();
  }

  private static String toolList(TargetSpec spec) {
    List<String> names = spec.schema().toolNames();
    return names.size()
        + " tool"
        + (names.size() == 1 ? "" : "s")
        + " ("
        + String.join(", ", names)
        + ")";
  }

  // --- plumbing
  // ---------------------------------------------------------------------------------------------

  private String region() {
    try {
      return String.valueOf(client.serviceClientConfiguration().region());
    } catch (RuntimeException e) {
      return "(unknown)";
    }
  }

  private Budget budget() {
    return new Budget(timeout, attemptTimeout);
  }

  static String human(Duration d) {
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      return d.toMillis() + "ms";
    }
    long seconds = d.toSeconds();
    if (seconds < 60) {
      return seconds + "s";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds / 60 + "m" + seconds % 60 + "s";
  }

  /** Configures a {@link GatewayRegistrar}. */
  public static final class Builder {
    private final BedrockAgentCoreControlClient client;
    private PrintStream progress = new PrintStream(OutputStream.nullOutputStream());
    private Duration timeout = Duration.ofMinutes(5);
    private Duration pollInterval = Duration.ofSeconds(2);
    private Duration attemptTimeout = Duration.ofSeconds(20);
    private OperationState state = new OperationState();

    private Builder(BedrockAgentCoreControlClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /** Where progress, warnings, retries and status transitions are printed (default: nowhere). */
    public Builder progress(PrintStream progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * The overall time an operation may take, including every call, its retries and waiting for
     * READY (default 5 minutes). Each call gets the time left as its SDK call timeout.
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** How often to poll GetGatewayTarget while waiting (default 2 seconds). */
    public Builder pollInterval(Duration pollInterval) {
      this.pollInterval = positive(pollInterval, "pollInterval");
      return this;
    }

    /**
     * The most one HTTP attempt may take before the SDK abandons and retries it (default 20
     * seconds).
     */
    public Builder attemptTimeout(Duration attemptTimeout) {
      this.attemptTimeout = positive(attemptTimeout, "attemptTimeout");
      return this;
    }

    /**
     * Where the operation records how far it got, e.g. for a shutdown hook (default: a private
     * one).
     */
    public Builder state(OperationState state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    /** Builds the registrar. */
    public GatewayRegistrar build() {
      return new GatewayRegistrar(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d == null || d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
