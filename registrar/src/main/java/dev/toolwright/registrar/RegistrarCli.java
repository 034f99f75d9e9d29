package dev.toolwright.registrar;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClientBuilder;

/**
 * Command line for {@link GatewayRegistrar}: {@code register}, {@code diff}, {@code list} and {@code remove}.
 *
 * <p>Run {@code java -jar toolwright-registrar.jar --help}. Credentials and region come from the AWS default
 * chains unless {@code --profile} or {@code --region} is given.
 */
public final class RegistrarCli {

    /** Success; for {@code diff}: deployed schema matches the build. */
    public static final int EXIT_OK = 0;
    /** {@code diff} found drift. */
    public static final int EXIT_DRIFT = 1;
    /** Invalid arguments, names or schema; nothing was sent to AWS. */
    public static final int EXIT_USAGE = 2;
    /** The target ended in FAILED, UPDATE_UNSUCCESSFUL or SYNCHRONIZE_UNSUCCESSFUL. */
    public static final int EXIT_TARGET_FAILED = 3;
    /** Timed out waiting for the target. */
    public static final int EXIT_TIMEOUT = 4;
    /** AWS error: credentials, permissions, gateway not found, throttled beyond retries, network. */
    public static final int EXIT_AWS = 5;
    /** Internal error: a bug, please report it. */
    public static final int EXIT_INTERNAL = 70;

    private static final String PROGRAM = "java -jar toolwright-registrar.jar";
    private static final List<String> COMMON = List.of("region", "profile", "endpoint-url");

    private enum Command {
        REGISTER("register", "Create or update the Lambda target so it matches the build's tool schema, then wait "
                + "until it is READY.", List.of("gateway", "target", "lambda-arn", "schema"),
                List.of("description", "dry-run", "timeout")),
        DIFF("diff", "Compare the deployed tool schema with the build's; exit 1 on drift, 0 when in sync.",
                List.of("gateway", "target", "schema"), List.of("lambda-arn", "description", "timeout")),
        LIST("list", "List the gateway's targets: name, id, status.", List.of("gateway"), List.of("timeout")),
        REMOVE("remove", "Delete the target by name and wait until it is gone; succeeds when it is already absent.",
                List.of("gateway", "target"), List.of("dry-run", "timeout"));

        final String word;
        final String summary;
        final List<String> required;
        final List<String> optional;

        Command(String word, String summary, List<String> required, List<String> optional) {
            this.word = word;
            this.summary = summary;
            this.required = required;
            this.optional = optional;
        }

        boolean accepts(String option) {
            return required.contains(option) || optional.contains(option) || COMMON.contains(option);
        }
    }

    /** Option name to {metavar, description}. */
    private static final Map<String, String[]> OPTION_HELP = new LinkedHashMap<>();

    static {
        OPTION_HELP.put("gateway", new String[] {"<id>", "gateway identifier, e.g. my-gateway-a1b2c3d4e5"});
        OPTION_HELP.put("target", new String[] {"<name>",
            "target name: letters, digits, single hyphens; tools are named <target>___<tool>"});
        OPTION_HELP.put("lambda-arn", new String[] {"<arn>",
            "function ARN, qualified by a version or alias (SnapStart needs one)"});
        OPTION_HELP.put("schema", new String[] {"<file>",
            "tool jar, tool-schema.json, or build directory (target/classes)"});
        OPTION_HELP.put("description", new String[] {"<text>",
            "target description, 1-200 characters; an update replaces it (omitted = none)"});
        OPTION_HELP.put("dry-run", new String[] {"", "show what would change; write nothing"});
        OPTION_HELP.put("timeout", new String[] {"<duration>",
            "overall time limit incl. waiting: 300, 90s, 10m (default 5m)"});
        OPTION_HELP.put("region", new String[] {"<region>", "AWS region (default: AWS_REGION, profile, default chain)"});
        OPTION_HELP.put("profile", new String[] {"<name>", "named profile (~/.aws/config) for credentials and region"});
        OPTION_HELP.put("endpoint-url", new String[] {"<url>", "control-plane endpoint override, e.g. a local server"});
        OPTION_HELP.put("help", new String[] {"", "show this help"});
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Consumer<GatewayRegistrar.Builder> tuning;

    RegistrarCli(PrintStream out, PrintStream err, Consumer<GatewayRegistrar.Builder> tuning) {
        this.out = out;
        this.err = err;
        this.tuning = tuning;
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line without exiting.
     *
     * @return the exit code (see {@code --help})
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return new RegistrarCli(out, err, b -> { }).execute(args);
    }

    int execute(String[] args) {
        if (args.length == 0) {
            err.println(mainUsage());
            return EXIT_USAGE;
        }
        if (Set.of("--help", "-h", "help").contains(args[0])) {
            out.println(mainUsage());
            return EXIT_OK;
        }
        Command command = null;
        for (Command c : Command.values()) {
            if (c.word.equals(args[0])) {
                command = c;
            }
        }
        if (command == null) {
            err.println("Error: unknown command \"" + args[0] + "\". Commands: register, diff, list, remove. Run '"
                    + PROGRAM + " --help'.");
            return EXIT_USAGE;
        }
        Map<String, String> options;
        try {
            options = parse(command, args);
        } catch (UsageException e) {
            err.println("Error: " + e.getMessage());
            err.println("Run '" + PROGRAM + " " + command.word + " --help' for usage.");
            return EXIT_USAGE;
        }
        if (options.containsKey("help")) {
            out.println(commandUsage(command));
            return EXIT_OK;
        }
        try {
            return dispatch(command, options);
        } catch (RegistrarException e) {
            err.println("Error: " + e.getMessage());
            return exitCode(e.kind());
        } catch (SdkException e) {
            err.println("Error: " + Calls.translate(command.word, e).getMessage());
            return EXIT_AWS;
        } catch (RuntimeException e) {
            err.println("Internal error (please report): " + e);
            return EXIT_INTERNAL;
        }
    }

    private int dispatch(Command command, Map<String, String> o) {
        boolean dryRun = o.containsKey("dry-run");
        Duration timeout = o.containsKey("timeout") ? parseDuration(o.get("timeout")) : null;
        URI endpoint = o.containsKey("endpoint-url") ? parseEndpoint(o.get("endpoint-url")) : null;
        ToolSchema schema = preflight(command, o);
        TargetSpec spec = schema == null ? null
                : new TargetSpec(o.get("gateway"), o.get("target"), o.get("lambda-arn"), o.get("description"), schema);
        try (BedrockAgentCoreControlClient client = createClient(o.get("region"), o.get("profile"), endpoint)) {
            GatewayRegistrar.Builder builder = GatewayRegistrar.builder(client).progress(out);
            if (timeout != null) {
                builder.timeout(timeout);
            }
            tuning.accept(builder);
            GatewayRegistrar registrar = builder.build();
            switch (command) {
                case REGISTER:
                    registrar.register(spec, dryRun);
                    return EXIT_OK;
                case DIFF:
                    return diff(registrar, spec);
                case LIST:
                    return list(registrar, o.get("gateway"));
                case REMOVE:
                    registrar.remove(o.get("gateway"), o.get("target"), dryRun);
                    return EXIT_OK;
                default:
                    throw new IllegalStateException(command.word);
            }
        }
    }

    /**
     * Checks every name and reads the schema before a client (and its credential and region lookups) is even
     * created, reporting all problems at once.
     */
    private static ToolSchema preflight(Command command, Map<String, String> o) {
        List<String> problems = new ArrayList<>();
        Names.checkGatewayId(o.get("gateway"), problems);
        if (command.accepts("target")) {
            Names.checkTargetName(o.get("target"), problems);
        }
        if (command == Command.REGISTER || o.containsKey("lambda-arn")) {
            Names.checkLambdaArn(o.get("lambda-arn"), problems);
        }
        Names.checkDescription(o.get("description"), problems);
        ToolSchema schema = null;
        if (o.containsKey("schema")) {
            try {
                schema = ToolSchema.read(Path.of(o.get("schema")));
            } catch (RegistrarException e) {
                problems.add(e.getMessage());
            }
        }
        if (command == Command.REGISTER && schema != null) {
            Names.checkToolNames(o.get("target"), schema.toolNames(), problems);
        }
        Names.throwIfAny(problems);
        return schema;
    }

    private int diff(GatewayRegistrar registrar, TargetSpec spec) {
        TargetDiff diff = registrar.diff(spec);
        String where = "Target \"" + spec.targetName() + "\" on gateway " + spec.gatewayId();
        if (diff.inSync()) {
            out.println(where + " is in sync with " + spec.schema().source() + " (" + spec.schema().toolNames().size()
                    + " tools).");
            return EXIT_OK;
        }
        out.println(where + " differs from " + spec.schema().source() + ": " + diff.summary() + ".");
        out.println("  (- deployed only, + build only, ~ changed)");
        out.println(diff.render());
        return EXIT_DRIFT;
    }

    private int list(GatewayRegistrar registrar, String gatewayId) {
        List<TargetInfo> targets = registrar.list(gatewayId);
        if (targets.isEmpty()) {
            out.println("Gateway " + gatewayId + " has no targets.");
            return EXIT_OK;
        }
        int nameWidth = "NAME".length();
        int statusWidth = "STATUS".length();
        for (TargetInfo t : targets) {
            nameWidth = Math.max(nameWidth, String.valueOf(t.name()).length());
            statusWidth = Math.max(statusWidth, String.valueOf(t.status()).length());
        }
        String format = "%-" + nameWidth + "s  %-10s  %-" + statusWidth + "s  %s%n";
        out.printf(Locale.ROOT, format, "NAME", "TARGET ID", "STATUS", "DESCRIPTION");
        for (TargetInfo t : targets) {
            out.printf(Locale.ROOT, format, t.name(), t.targetId(), t.status(),
                    t.description() == null ? "" : t.description());
        }
        return EXIT_OK;
    }

    // --- arguments --------------------------------------------------------------------------------------------

    private static Map<String, String> parse(Command command, String[] args) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                options.put("help", "");
                return options;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument \"" + arg + "\"; options look like --gateway <id>.");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!command.accepts(name)) {
                throw new UsageException("unknown option --" + name + " for " + command.word + ".");
            }
            if (options.containsKey(name)) {
                throw new UsageException("option --" + name + " is given more than once.");
            }
            if ("dry-run".equals(name)) {
                if (value != null) {
                    throw new UsageException("--dry-run takes no value.");
                }
                options.put(name, "true");
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("option --" + name + " needs a value.");
                }
                value = args[++i];
            }
            options.put(name, value);
        }
        List<String> missing = new ArrayList<>();
        for (String required : command.required) {
            if (!options.containsKey(required)) {
                missing.add("--" + required);
            }
        }
        if (!missing.isEmpty()) {
            throw new UsageException("missing required option" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + ".");
        }
        return options;
    }

    private static Duration parseDuration(String text) {
        Matcher m = Pattern.compile("(\\d{1,6})([smh]?)").matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, "--timeout \"" + text + "\" is not a "
                    + "positive duration; use seconds (300) or a unit: 90s, 10m, 1h.");
        }
        long amount = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "m":
                return Duration.ofMinutes(amount);
            case "h":
                return Duration.ofHours(amount);
            default:
                return Duration.ofSeconds(amount);
        }
    }

    private static URI parseEndpoint(String text) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, "--endpoint-url \"" + text + "\" is not "
                + "an http(s) URL such as https://bedrock-agentcore-control.us-east-1.amazonaws.com.");
    }

    // --- AWS client -------------------------------------------------------------------------------------------

    /**
     * Builds the control-plane client: JDK URL-connection HTTP client, standard retries (which back off on
     * throttling), default credential and region chains unless a profile or region is given.
     */
    static BedrockAgentCoreControlClient createClient(String region, String profile, URI endpoint) {
        Region resolved;
        if (region != null) {
            resolved = Region.of(region);
        } else {
            try {
                DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
                if (profile != null) {
                    chain.profileName(profile);
                }
                resolved = chain.build().getRegion();
            } catch (SdkException e) {
                throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, "No AWS region configured: pass "
                        + "--region, set AWS_REGION, or set region in your AWS profile.");
            }
        }
        AwsCredentialsProvider credentials = profile != null ? ProfileCredentialsProvider.create(profile)
                : DefaultCredentialsProvider.builder().build();
        BedrockAgentCoreControlClientBuilder builder = BedrockAgentCoreControlClient.builder()
                .region(resolved)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .overrideConfiguration(c -> {
                    c.retryStrategy(RetryMode.STANDARD);
                    if (profile != null) {
                        c.defaultProfileName(profile);
                    }
                });
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    static int exitCode(RegistrarException.Kind kind) {
        switch (kind) {
            case INVALID_INPUT:
                return EXIT_USAGE;
            case TARGET_FAILED:
                return EXIT_TARGET_FAILED;
            case TIMEOUT:
                return EXIT_TIMEOUT;
            default:
                return EXIT_AWS;
        }
    }

    // --- help -------------------------------------------------------------------------------------------------

    private static String mainUsage() {
        StringBuilder b = new StringBuilder();
        b.append("Usage: ").append(PROGRAM).append(" <command> [options]\n\n");
        b.append("Attaches a Toolwright tool Lambda to an Amazon Bedrock AgentCore Gateway as a Lambda target.\n\n");
        b.append("Commands:\n");
        for (Command c : Command.values()) {
            b.append(String.format(Locale.ROOT, "  %-9s %s%n", c.word, c.summary));
        }
        b.append("\nRun '").append(PROGRAM).append(" <command> --help' for a command's options.\n\n");
        b.append(exitCodes());
        return b.toString().stripTrailing();
    }

    private static String commandUsage(Command command) {
        StringBuilder b = new StringBuilder();
        b.append("Usage: ").append(PROGRAM).append(' ').append(command.word);
        for (String r : command.required) {
            b.append(" --").append(r).append(' ').append(OPTION_HELP.get(r)[0]);
        }
        b.append(" [options]\n\n").append(command.summary).append("\n\nRequired:\n");
        command.required.forEach(r -> b.append(optionLine(r)));
        b.append("\nOptions:\n");
        command.optional.forEach(r -> b.append(optionLine(r)));
        COMMON.forEach(r -> b.append(optionLine(r)));
        b.append(optionLine("help")).append('\n');
        b.append(exitCodes());
        return b.toString().stripTrailing();
    }

    private static String optionLine(String name) {
        String[] help = OPTION_HELP.get(name);
        String flag = "--" + name + (help[0].isEmpty() ? "" : " " + help[0]);
        return String.format(Locale.ROOT, "  %-26s %s%n", flag, help[1]);
    }

    private static String exitCodes() {
        return "Exit codes:\n"
                + "  0   success (diff: in sync)\n"
                + "  1   diff: the deployed target differs from the build\n"
                + "  2   invalid arguments, names or schema; nothing was sent to AWS\n"
                + "  3   the target ended FAILED, UPDATE_UNSUCCESSFUL or SYNCHRONIZE_UNSUCCESSFUL (reasons and fixes "
                + "are printed)\n"
                + "  4   timed out (see --timeout)\n"
                + "  5   AWS error: credentials, permissions, gateway not found, throttled beyond retries, network\n"
                + "  70  internal error (a bug; please report it)\n";
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
