package dev.toolwright.registrar;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Command line for {@link GatewayRegistrar}: {@code register}, {@code diff}, {@code list} and {@code remove}; and,
 * to connect to a gateway as an agent does, {@code token} (an OAuth access token with the client-credentials grant,
 * see {@link ClientCredentials}) and {@code curl} (a ready-to-run MCP {@code tools/list}, see {@link McpCurl}).
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

    /** The environment variable {@code token} reads the client secret from (unless given --user-pool-id). */
    public static final String CLIENT_SECRET_VARIABLE = "TOOLWRIGHT_CLIENT_SECRET";

    private static final String PROGRAM = "java -jar toolwright-registrar.jar";
    private static final List<String> COMMON = List.of("region", "profile", "endpoint-url");
    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("dry-run", "print-token");
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private enum Command {
        REGISTER("register", "Create or update the Lambda target so it matches the build's tool schema, then wait "
                + "until it is READY.", List.of("gateway", "target", "lambda-arn", "schema"),
                List.of("description", "dry-run", "timeout")),
        DIFF("diff", "Compare the deployed tool schema with the build's; exit 1 on drift, 0 when in sync.",
                List.of("gateway", "target", "schema"), List.of("lambda-arn", "description", "timeout")),
        LIST("list", "List the gateway's targets: name, id, status.", List.of("gateway"), List.of("timeout")),
        REMOVE("remove", "Delete the target by name and wait until it is gone; succeeds when it is already absent.",
                List.of("gateway", "target"), List.of("dry-run", "timeout")),
        TOKEN("token", "Get an OAuth access token with the client-credentials grant, as an agent does; the secret "
                + "comes from " + CLIENT_SECRET_VARIABLE + " or, with --user-pool-id, from Cognito.",
                List.of("token-endpoint", "client-id"), List.of("scope", "user-pool-id", "output", "print-token",
                "timeout")),
        CURL("curl", "Print a ready-to-run curl for MCP tools/list (or tools/call) against a gateway, reading the "
                + "token from an environment variable.", List.of("gateway-url"), List.of("token-env", "tool",
                "arguments"), false);

        final String word;
        final String summary;
        final List<String> required;
        final List<String> optional;
        /** Whether it calls AWS, and so takes --region, --profile and --endpoint-url. */
        final boolean aws;

        Command(String word, String summary, List<String> required, List<String> optional) {
            this(word, summary, required, optional, true);
        }

        Command(String word, String summary, List<String> required, List<String> optional, boolean aws) {
            this.word = word;
            this.summary = summary;
            this.required = required;
            this.optional = optional;
            this.aws = aws;
        }

        boolean accepts(String option) {
            return required.contains(option) || optional.contains(option) || (aws && COMMON.contains(option));
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
            "overall time limit incl. waiting: 300, 90s, 10m (default 5m; token: 30s)"});
        OPTION_HELP.put("token-endpoint", new String[] {"<url>",
            "OAuth token endpoint (the stack's TokenEndpoint output), https://<domain>.auth.<region>.amazoncognito.com"
                + "/oauth2/token"});
        OPTION_HELP.put("client-id", new String[] {"<id>", "app client id (the stack's ClientId output)"});
        OPTION_HELP.put("scope", new String[] {"<scope>",
            "scope to request (the stack's Scope output); default: every scope the client may use"});
        OPTION_HELP.put("user-pool-id", new String[] {"<id>",
            "read the client secret from Cognito (DescribeUserPoolClient) instead of " + CLIENT_SECRET_VARIABLE
                + "; the stack's UserPoolId output"});
        OPTION_HELP.put("output", new String[] {"<file>",
            "write the token to this file, readable only by you (default without --print-token: "
                + "~/.toolwright/access-token)"});
        OPTION_HELP.put("print-token", new String[] {"",
            "print the token itself on stdout (and nothing else there), e.g. for export TOOLWRIGHT_TOKEN=$(...)"});
        OPTION_HELP.put("gateway-url", new String[] {"<url>", "the gateway's MCP endpoint (the stack's GatewayUrl output)"});
        OPTION_HELP.put("token-env", new String[] {"<name>",
            "environment variable the command reads the access token from (default " + McpCurl.DEFAULT_TOKEN_VARIABLE
                + ")"});
        OPTION_HELP.put("tool", new String[] {"<name>", "print a tools/call of this tool instead of tools/list"});
        OPTION_HELP.put("arguments", new String[] {"<json>", "with --tool: the arguments, a JSON object (default {})"});
        OPTION_HELP.put("region", new String[] {"<region>", "AWS region (default: AWS_REGION, profile, default chain)"});
        OPTION_HELP.put("profile", new String[] {"<name>", "named profile (~/.aws/config) for credentials and region"});
        OPTION_HELP.put("endpoint-url", new String[] {"<url>", "AWS API endpoint override, e.g. a local server"});
        OPTION_HELP.put("help", new String[] {"", "show this help"});
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Consumer<GatewayRegistrar.Builder> tuning;
    private final Map<String, String> env;
    private final Path home;

    RegistrarCli(PrintStream out, PrintStream err, Consumer<GatewayRegistrar.Builder> tuning) {
        this(out, err, tuning, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    RegistrarCli(PrintStream out, PrintStream err, Consumer<GatewayRegistrar.Builder> tuning, Map<String, String> env,
            Path home) {
        this.out = out;
        this.err = err;
        this.tuning = tuning;
        this.env = env;
        this.home = home;
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
            err.println("Error: unknown command \"" + args[0] + "\". Commands: "
                    + Stream.of(Command.values()).map(c -> c.word).collect(Collectors.joining(", ")) + ". Run '"
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
            switch (command) {
                case TOKEN:
                    return token(options);
                case CURL:
                    return curl(options);
                default:
                    return dispatch(command, options);
            }
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

    // --- token and curl ---------------------------------------------------------------------------------------

    /**
     * Gets an access token with the client-credentials grant. The secret comes from Cognito (with --user-pool-id)
     * or from the environment, never from the command line; neither it nor the token is printed, unless
     * --print-token asks for the token.
     */
    private int token(Map<String, String> o) {
        URI endpoint = ClientCredentials.checkEndpoint(o.get("token-endpoint"), "--token-endpoint");
        String clientId = o.get("client-id");
        ClientCredentials.checkClientId(clientId);
        ClientCredentials.checkScope(o.get("scope"));
        Duration timeout = o.containsKey("timeout") ? parseDuration(o.get("timeout")) : Duration.ofSeconds(30);
        boolean print = o.containsKey("print-token");
        Path file = o.containsKey("output") ? Path.of(o.get("output"))
                : print ? null : home.resolve(".toolwright").resolve("access-token");
        // With --print-token, stdout carries the token alone; what is said about it goes to stderr.
        PrintStream status = print ? err : out;
        String userPoolId = o.get("user-pool-id");
        String secret;
        if (userPoolId != null) {
            String poolRegion = CognitoClientSecret.regionOf(userPoolId); // also checks the id
            String region = o.getOrDefault("region", poolRegion);
            URI cognitoEndpoint = o.containsKey("endpoint-url") ? parseEndpoint(o.get("endpoint-url")) : null;
            try (CognitoIdentityProviderClient cognito = CognitoClientSecret.createClient(region, o.get("profile"),
                    cognitoEndpoint)) {
                secret = CognitoClientSecret.read(cognito, userPoolId, clientId);
            }
            status.println("Read the client secret of " + clientId + " from Cognito (DescribeUserPoolClient, user "
                    + "pool " + userPoolId + ").");
        } else {
            for (String option : COMMON) {
                if (o.containsKey(option)) {
                    throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, "--" + option + " applies "
                            + "only with --user-pool-id (to call Cognito).");
                }
            }
            secret = env.get(CLIENT_SECRET_VARIABLE);
            if (secret == null || secret.isBlank()) {
                throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, "No client secret: set "
                        + CLIENT_SECRET_VARIABLE + ", or pass --user-pool-id to read it from Cognito (needs "
                        + "cognito-idp:DescribeUserPoolClient). The secret is never taken from the command line.");
            }
            secret = secret.strip();
        }
        AccessToken token = ClientCredentials.builder(endpoint, clientId, secret).scope(o.get("scope"))
                .timeout(timeout).build().fetch();
        status.println("Got an access token for client " + clientId + describe(token) + ".");
        if (token.tokenType() != null && !token.tokenType().equalsIgnoreCase("Bearer")) {
            status.println("Warning: the token type is \"" + token.tokenType() + "\", not Bearer.");
        }
        if (file != null) {
            writeOwnerOnly(file, token.value() + "\n");
            status.println("Written to " + file + " (readable only by you). Use it:");
            status.println("  export " + McpCurl.DEFAULT_TOKEN_VARIABLE + "=\"$(cat " + McpCurl.shellQuote(
                    file.toString()) + ")\"");
        }
        if (print) {
            out.println(token.value());
        }
        status.println("Then: " + PROGRAM + " curl --gateway-url <the stack's GatewayUrl output>");
        return EXIT_OK;
    }

    private static String describe(AccessToken token) {
        List<String> parts = new ArrayList<>();
        if (token.tokenType() != null) {
            parts.add(token.tokenType());
        }
        if (token.scope() != null) {
            parts.add("scope " + token.scope());
        }
        if (token.expiresIn() != null) {
            long seconds = token.expiresIn().toSeconds();
            String in = seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
            parts.add("expires in " + in + ", at " + token.expiresAt().truncatedTo(ChronoUnit.SECONDS));
        } else {
            parts.add("no expiry given; Cognito's last 1 hour by default");
        }
        return " (" + String.join(", ", parts) + ")";
    }

    /** Writes a file only its owner may read (POSIX permissions where the file system has them), atomically. */
    static void writeOwnerOnly(Path file, String content) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(dir)) {
                if (posix) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(EnumSet.of(
                            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE)));
                } else {
                    Files.createDirectories(dir);
                }
            }
            Path temp = posix ? Files.createTempFile(dir, ".token-", ".tmp", PosixFilePermissions.asFileAttribute(
                    OWNER_ONLY)) : Files.createTempFile(dir, ".token-", ".tmp");
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            if (posix) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, "Cannot write the token to " + file
                    + ": " + e.getMessage(), e);
        }
    }

    /** Prints a curl for tools/list (or tools/call): the command alone on stdout, so that it can be piped to sh. */
    private int curl(Map<String, String> o) {
        URI url = McpCurl.checkGatewayUrl(o.get("gateway-url"));
        String variable = McpCurl.checkVariable(o.getOrDefault("token-env", McpCurl.DEFAULT_TOKEN_VARIABLE));
        if (o.containsKey("arguments") && !o.containsKey("tool")) {
            throw new RegistrarException(RegistrarException.Kind.INVALID_INPUT, "--arguments needs --tool.");
        }
        String command = o.containsKey("tool") ? McpCurl.toolsCall(url, variable, o.get("tool"), o.get("arguments"))
                : McpCurl.toolsList(url, variable);
        out.println(command);
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            err.println("Note: " + variable + " is not set here. Get a token first, e.g. export " + variable
                    + "=\"$(" + PROGRAM + " token --token-endpoint <url> --client-id <id> --user-pool-id <id> "
                    + "--print-token)\"");
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
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value.");
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
        b.append("Attaches a Toolwright tool Lambda to an Amazon Bedrock AgentCore Gateway as a Lambda target, and "
                + "connects to\nthe gateway as an agent does (token, curl).\n\n");
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
        if (command.aws) {
            COMMON.forEach(r -> b.append(optionLine(r)));
        }
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
                + "  5   AWS error: credentials, permissions, gateway not found, throttled beyond retries, network;\n"
                + "      token: the token endpoint or Cognito refused (invalid_client, ...) or could not be reached\n"
                + "  70  internal error (a bug; please report it)\n";
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
