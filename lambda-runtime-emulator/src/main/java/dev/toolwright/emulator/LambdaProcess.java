package dev.toolwright.emulator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A child JVM running a handler under the real AWS Lambda Runtime Interface Client ({@code
 * com.amazonaws:aws-lambda-java-runtime-interface-client}, main class {@value
 * #RUNTIME_CLIENT_MAIN_CLASS}), talking to a {@link LambdaRuntimeEmulator} (or any Runtime API on
 * loopback). Linux only (x86_64, aarch64): the runtime client's native library exists for nothing
 * else.
 *
 * <pre>{@code
 * try (LambdaRuntimeEmulator api = new LambdaRuntimeEmulator();
 *      LambdaProcess fn = LambdaProcess.builder()
 *              .emulator(api)
 *              .classpath(Path.of("target/my-function.jar"))
 *              .handler("com.example.Handler::handleRequest")
 *              .start()) {
 *     InvocationResult r = api.invoke(Invocation.of("{\"q\":1}"), Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * <p><b>Runtime-client classpath.</b> The child's classpath is the runtime client's own classpath
 * followed by the function's {@linkplain Builder#classpath(Path...) classpath}, so the runtime's
 * copy of {@code aws-lambda-java-core} wins, as on Lambda. By default the runtime client's
 * classpath is {@linkplain #detectRuntimeClientClasspath() detected} in the calling JVM: the jars
 * (or directories) that provide the runtime client, {@code aws-lambda-java-core}, {@code
 * aws-lambda-java-serialization} and the AWS SDK {@code utils-lite} (+ {@code annotations})
 * classes, found through this class's class loader. That works whenever this module is a (test)
 * dependency, because it brings the runtime client transitively, and also under Surefire's
 * manifest-only jar. Callers that keep the runtime client off their own classpath pass the jars
 * explicitly with {@link Builder#runtimeClientClasspath(Collection)} (e.g. from {@code mvn
 * dependency:build-classpath}).
 *
 * <p><b>What the child gets.</b> A clean environment (unless {@link
 * Builder#inheritEnvironment(boolean)}) holding {@code PATH}, {@code LANG=C.UTF-8}, {@code TZ=:UTC}
 * and the usual Lambda variables; a working directory that is the task root (the runtime client
 * adds it and its {@code lib/*.jar} to the handler's class loader; by default a fresh empty
 * directory); {@code --enable-native-access=ALL-UNNAMED} when the child JDK is 22 or newer; and the
 * runtime client's native library extracted once into a private directory and passed with {@code
 * -D}{@value #NATIVE_LIBRARY_PROPERTY}, because by itself the client copies it to the fixed path
 * {@code /tmp/.libaws-lambda-jni.so} at every start, which races between JVMs starting at the same
 * time ({@link Builder#preExtractNativeLibrary(boolean)} turns this off).
 *
 * <p>{@link #close()} kills the process tree. When the process exits, for any reason, the attached
 * emulator's pending invocations fail at once ({@link LambdaRuntimeEmulator#abortPending(String)})
 * instead of timing out.
 */
public final class LambdaProcess implements AutoCloseable {

  /** Function name used when none is set ({@code AWS_LAMBDA_FUNCTION_NAME}). */
  public static final String DEFAULT_FUNCTION_NAME = "toolwright-test-function";

  /** The runtime interface client's main class. */
  public static final String RUNTIME_CLIENT_MAIN_CLASS =
      "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

  /**
   * System property through which the runtime client loads its native library from a given file.
   */
  public static final String NATIVE_LIBRARY_PROPERTY =
      "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

  private static final List<String> REQUIRED_MARKERS =
      List.of(
          "com/amazonaws/services/lambda/runtime/api/client/AWSLambda.class", // runtime interface
          // client
          "com/amazonaws/services/lambda/runtime/Context.class", // aws-lambda-java-core
          "com/amazonaws/services/lambda/runtime/serialization/PojoSerializer.class", // aws-lambda-java-serialization
          "software/amazon/awssdk/utilslite/SdkInternalThreadLocal.class"); // utils-lite
  private static final List<String> OPTIONAL_MARKERS =
      List.of("software/amazon/awssdk/annotations/SdkProtectedApi.class"); // annotations

  private static final Map<String, Path> EXTRACTED_NATIVE_LIBRARIES = new HashMap<>();
  private static final long STOP_GRACE_MILLIS = 3000;

  private final Process process;
  private final long startNanos;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path taskRoot;
  private final boolean deleteTaskRoot;
  private final Path javaHome;
  private final LambdaRuntimeEmulator emulator;
  private final OutputPump stdout;
  private final OutputPump stderr;
  private final Object exitLock = new Object();
  private boolean exitReported; // guarded by exitLock
  private volatile boolean closing;

  private LambdaProcess(Builder b) {
    Objects.requireNonNull(
        b.handler, "handler must be set, e.g. \"com.example.Handler::handleRequest\"");
    String runtimeApi = b.emulator != null ? b.emulator.runtimeApiAddress() : b.runtimeApiAddress;
    Objects.requireNonNull(runtimeApi, "set emulator(...) or runtimeApiAddress(...)");
    this.emulator = b.emulator;

    Path java = b.javaExecutable != null ? b.javaExecutable : currentJava();
    this.javaHome = javaHomeOf(java);
    int feature = b.childFeatureVersion > 0 ? b.childFeatureVersion : featureVersionOf(java);

    List<Path> ricClasspath =
        b.runtimeClientClasspath != null
            ? List.copyOf(b.runtimeClientClasspath)
            : detectRuntimeClientClasspath();
    Set<Path> classpath = new LinkedHashSet<>();
    for (Path p : ricClasspath) {
      classpath.add(p.toAbsolutePath().normalize());
    }
    for (Path p : b.classpath) {
      classpath.add(p.toAbsolutePath().normalize());
    }

    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    boolean hasNativeAccess =
        b.jvmOptions.stream().anyMatch(o -> o.startsWith("--enable-native-access"));
    if (feature >= 22 && !hasNativeAccess) {
      cmd.add("--enable-native-access=ALL-UNNAMED");
    }
    if (b.preExtractNativeLibrary) {
      Path lib = b.nativeLibrary != null ? b.nativeLibrary : extractNativeLibrary(ricClasspath);
      cmd.add("-D" + NATIVE_LIBRARY_PROPERTY + "=" + lib);
    }
    cmd.addAll(b.jvmOptions);
    cmd.add("-cp");
    cmd.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    cmd.add(RUNTIME_CLIENT_MAIN_CLASS);
    cmd.add(b.handler);
    this.command = List.copyOf(cmd);

    try {
      if (b.taskRoot != null) {
        this.taskRoot = b.taskRoot.toAbsolutePath().normalize();
        this.deleteTaskRoot = false;
      } else {
        this.taskRoot = Files.createTempDirectory("toolwright-lambda-task-");
        this.deleteTaskRoot = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a task root directory", e);
    }

    ProcessBuilder pb = new ProcessBuilder(command).directory(taskRoot.toFile());
    Map<String, String> env = pb.environment();
    if (!b.inheritEnvironment) {
      String path = env.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
      env.clear();
      env.put("PATH", path);
      env.put("LANG", "C.UTF-8");
    }
    env.put("TZ", ":UTC");
    env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
    env.put("AWS_LAMBDA_FUNCTION_NAME", b.functionName);
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(b.memorySizeMb));
    env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
    env.put("AWS_REGION", b.region);
    env.put("AWS_DEFAULT_REGION", b.region);
    env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + b.functionName);
    env.put(
        "AWS_LAMBDA_LOG_STREAM_NAME",
        "2026/01/01/[$LATEST]" + UUID.randomUUID().toString().replace("-", ""));
    env.put("_HANDLER", b.handler);
    env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
    if (feature > 0) {
      env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java" + feature);
    }
    if (b.javaToolOptions != null) {
      env.put("JAVA_TOOL_OPTIONS", b.javaToolOptions);
    }
    b.env.forEach(
        (k, v) -> {
          if (v == null) {
            env.remove(k);
          } else {
            env.put(k, v);
          }
        });
    this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(env));

    this.startNanos = System.nanoTime();
    try {
      this.process = pb.start();
    } catch (IOException e) {
      if (deleteTaskRoot) {
        deleteRecursively(taskRoot);
      }
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // nothing to do
    }
    String prefix =
        b.echoPrefix == null ? null : b.echoPrefix.replace("{pid}", Long.toString(process.pid()));
    this.stdout =
        new OutputPump(
            process.getInputStream(), "stdout", prefix == null ? null : System.out, prefix);
    this.stderr =
        new OutputPump(
            process.getErrorStream(), "stderr", prefix == null ? null : System.err, prefix);
    process.onExit().thenRun(this::reportExit);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  // -----------------------------------------------------------------------------------------------
  // state

  /** The child's process id. */
  public long pid() {
    return process.pid();
  }

  /** {@link System#nanoTime()} just before the process was spawned. */
  public long startNanos() {
    return startNanos;
  }

  /** Whether the child is still running. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** The exit code, if the child has exited. */
  public OptionalInt exitCode() {
    return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
  }

  /**
   * Waits for the child to exit and returns its exit code.
   *
   * @throws LambdaEmulatorException if it is still running after {@code wait}
   */
  public int awaitExit(Duration wait) {
    try {
      if (!process.waitFor(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new LambdaEmulatorException(
            "Lambda process " + pid() + " still running after " + wait.toMillis() + " ms");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LambdaEmulatorException("Interrupted", e);
    }
    stdout.join(1000);
    stderr.join(1000);
    return process.exitValue();
  }

  /** The full command line the child was started with. */
  public List<String> command() {
    return command;
  }

  /** The child's complete environment. */
  public Map<String, String> environment() {
    return environment;
  }

  /** The child's working directory, which the runtime client uses as the task root. */
  public Path taskRoot() {
    return taskRoot;
  }

  /** Everything the child wrote to standard output so far (decoded as UTF-8). */
  public String stdout() {
    return stdout.text();
  }

  /** Everything the child wrote to standard error so far (decoded as UTF-8). */
  public String stderr() {
    return stderr.text();
  }

  /**
   * Waits until the child's standard output contains {@code text} (log lines arrive asynchronously,
   * possibly after the invocation's answer).
   *
   * @throws LambdaEmulatorException if it does not appear within {@code wait}
   */
  public void awaitStdout(String text, Duration wait) {
    stdout.await(text, wait);
  }

  /** Like {@link #awaitStdout(String, Duration)}, for standard error. */
  public void awaitStderr(String text, Duration wait) {
    stderr.await(text, wait);
  }

  // -----------------------------------------------------------------------------------------------
  // jcmd

  /**
   * Runs {@code jcmd <pid> <command...>} (the child JDK's {@code jcmd}, else this JVM's) and
   * returns its output.
   *
   * @throws LambdaEmulatorException if jcmd fails or takes more than 60 s
   */
  public String jcmd(String... jcmdCommand) {
    Path jcmd = javaHome == null ? null : javaHome.resolve("bin").resolve(executableName("jcmd"));
    if (jcmd == null || !Files.isExecutable(jcmd)) {
      jcmd = Path.of(System.getProperty("java.home"), "bin", executableName("jcmd"));
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(jcmd.toString());
    cmd.add(Long.toString(pid()));
    cmd.addAll(List.of(jcmdCommand));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      p.getOutputStream().close();
      OutputPump out = new OutputPump(p.getInputStream(), "jcmd", null, null);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new LambdaEmulatorException("jcmd timed out: " + cmd);
      }
      out.join(5000);
      String text = out.text();
      if (p.exitValue() != 0) {
        throw new LambdaEmulatorException(
            "jcmd failed (exit " + p.exitValue() + "): " + cmd + "\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new LambdaEmulatorException("Cannot run " + cmd, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LambdaEmulatorException("Interrupted while running " + cmd, e);
    }
  }

  /**
   * Forces a full GC in the child ({@code jcmd GC.run}) and returns the used heap reported by
   * {@code jcmd GC.heap_info} afterwards, in bytes. Understands the Serial, Parallel, G1, ZGC,
   * Shenandoah and Epsilon output formats. With G1 the figure is rounded to whole regions; {@link
   * #liveHeapBytes()} is finer.
   */
  public long usedHeapAfterGc() {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    return parseUsedHeap(info);
  }

  /**
   * Bytes of live objects in the child's heap, from the total line of {@code jcmd
   * GC.class_histogram} (which performs a full GC first). Independent of the collector and of
   * region sizes: the better measure for "the heap does not grow".
   */
  public long liveHeapBytes() {
    String histogram = jcmd("GC.class_histogram");
    Matcher m = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$").matcher(histogram);
    if (!m.find()) {
      throw new LambdaEmulatorException(
          "No total line in GC.class_histogram output:\n" + tail(histogram, 2000));
    }
    return Long.parseLong(m.group(1));
  }

  static long parseUsedHeap(String heapInfo) {
    // Serial/Parallel: "def new generation total 4928K, used 1234K [..", "tenured generation total
    // .., used ..K";
    // G1: "garbage-first heap total 262144K, used 3412K" (JDK 25: "total reserved ..K, committed
    // ..K, used ..K");
    // ZGC: "ZHeap used 54M, capacity .."; Shenandoah: "6028M max, .., 378M committed, 22528K used";
    // Epsilon: "space 385692K, 4% used [bottom, top, end)". Metaspace lines follow the heap and are
    // skipped.
    Pattern usedN = Pattern.compile("\\bused (\\d+)([KMG]?)\\b");
    Pattern nUsed = Pattern.compile("\\b(\\d+)([KMG]?) used\\b");
    Pattern epsilon = Pattern.compile("% used \\[0x([0-9a-fA-F]+), 0x([0-9a-fA-F]+)");
    boolean isEpsilon = heapInfo.contains("Epsilon Heap");
    long total = 0;
    boolean found = false;
    for (String line : heapInfo.split("\\R")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("Metaspace") || trimmed.startsWith("class space")) {
        break;
      }
      Matcher m;
      if ((m = usedN.matcher(line)).find() || (m = nUsed.matcher(line)).find()) {
        total += Long.parseLong(m.group(1)) * unit(m.group(2));
        found = true;
      } else if (isEpsilon && (m = epsilon.matcher(line)).find()) {
        total += Long.parseUnsignedLong(m.group(2), 16) - Long.parseUnsignedLong(m.group(1), 16);
        found = true;
      }
    }
    if (!found) {
      throw new LambdaEmulatorException(
          "Cannot find the used heap in GC.heap_info output:\n" + heapInfo);
    }
    return total;
  }

  private static long unit(String suffix) {
    switch (suffix) {
      case "K":
        return 1024L;
      case "M":
        return 1024L * 1024;
      case "G":
        return 1024L * 1024 * 1024;
      default:
        return 1L;
    }
  }

  // -----------------------------------------------------------------------------------------------
  // exit

  private void reportExit() {
    synchronized (exitLock) {
      if (exitReported) {
        return;
      }
      exitReported = true;
      if (emulator == null) {
        return;
      }
      String reason;
      if (closing) {
        reason = "the Lambda process " + pid() + " was closed";
      } else {
        stderr.join(1000);
        stdout.join(200);
        reason =
            "the Lambda process "
                + pid()
                + " exited with code "
                + process.exitValue()
                + "; stderr tail:\n"
                + tail(stderr.text(), 3000)
                + "\nstdout tail:\n"
                + tail(stdout.text(), 1000);
      }
      emulator.abortPending(reason);
    }
  }

  /**
   * Stops the child: SIGTERM to it and its descendants, SIGKILL after a short grace period; then
   * fails the attached emulator's pending invocations and deletes the task root if this class
   * created it. Idempotent.
   */
  @Override
  public void close() {
    closing = true;
    List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    stdout.join(1000);
    stderr.join(1000);
    if (!process.isAlive()) {
      reportExit(); // synchronously, so a late report cannot hit invocations meant for a later
      // process
    }
    if (deleteTaskRoot) {
      deleteRecursively(taskRoot);
    }
  }

  @Override
  public String toString() {
    return "LambdaProcess[pid="
        + pid()
        + ", alive="
        + isAlive()
        + ", handler="
        + command.get(command.size() - 1)
        + "]";
  }

  // -----------------------------------------------------------------------------------------------
  // helpers

  /**
   * The runtime interface client's classpath as found through this class's class loader: the
   * entries providing the runtime client, {@code aws-lambda-java-core}, {@code
   * aws-lambda-java-serialization}, the AWS SDK {@code utils-lite} and (if present) {@code
   * annotations}.
   *
   * @throws IllegalStateException if one of the required artifacts is not on the classpath
   */
  public static List<Path> detectRuntimeClientClasspath() {
    return detectRuntimeClientClasspath(LambdaProcess.class.getClassLoader());
  }

  /** Like {@link #detectRuntimeClientClasspath()}, searching {@code loader}. */
  public static List<Path> detectRuntimeClientClasspath(ClassLoader loader) {
    Set<Path> result = new LinkedHashSet<>();
    for (String marker : REQUIRED_MARKERS) {
      URL url = loader.getResource(marker);
      if (url == null) {
        throw new IllegalStateException(
            "Cannot find "
                + marker
                + " on the classpath: add "
                + "com.amazonaws:aws-lambda-java-runtime-interface-client (and its dependencies) to it, or pass "
                + "the runtime client's jars with LambdaProcess.Builder.runtimeClientClasspath(...)");
      }
      result.add(classpathEntryOf(url, marker));
    }
    for (String marker : OPTIONAL_MARKERS) {
      URL url = loader.getResource(marker);
      if (url != null) {
        result.add(classpathEntryOf(url, marker));
      }
    }
    return List.copyOf(result);
  }

  /**
   * The classpath entry (jar file or class directory) a class was loaded from, e.g. {@code
   * target/test-classes}.
   */
  public static Path classpathOf(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalArgumentException(type + " has no code source (a JDK class?)");
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Bad code source of " + type + ": " + source.getLocation(), e);
    }
  }

  static Path classpathEntryOf(URL url, String resourceName) {
    try {
      switch (url.getProtocol()) {
        case "jar":
          {
            String spec = url.getPath(); // file:/x/y.jar!/com/...
            int bang = spec.indexOf("!/");
            return Path.of(new URI(spec.substring(0, bang)));
          }
        case "file":
          {
            Path resource = Path.of(url.toURI());
            Path root = resource;
            for (int i = resourceName.split("/").length; i > 0; i--) {
              root = root.getParent();
            }
            return root;
          }
        default:
          throw new IllegalStateException(
              "Cannot turn "
                  + url
                  + " into a classpath entry; pass "
                  + "LambdaProcess.Builder.runtimeClientClasspath(...) explicitly");
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Bad resource URL " + url, e);
    }
  }

  /**
   * Extracts the runtime client's native library for this platform from {@code ricClasspath} once
   * per JVM into a private temporary directory (deleted when this JVM exits) and returns the file.
   */
  static synchronized Path extractNativeLibrary(List<Path> ricClasspath) {
    String resource = "jni/libaws-lambda-jni." + nativePlatform() + ".so";
    String key = resource + "|" + ricClasspath;
    Path cached = EXTRACTED_NATIVE_LIBRARIES.get(key);
    if (cached != null && Files.isRegularFile(cached)) {
      return cached;
    }
    URL[] urls = ricClasspath.stream().map(LambdaProcess::toUrl).toArray(URL[]::new);
    try (URLClassLoader loader = new URLClassLoader(urls, null)) {
      URL lib = loader.getResource(resource);
      if (lib == null) {
        throw new IllegalStateException(
            "The runtime interface client on " + ricClasspath + " has no " + resource);
      }
      Path dir = Files.createTempDirectory("toolwright-lambda-jni-");
      Path file = dir.resolve("libaws-lambda-jni.so");
      dir.toFile().deleteOnExit(); // registered first, deleted last
      file.toFile().deleteOnExit();
      try (InputStream in = lib.openStream()) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      EXTRACTED_NATIVE_LIBRARIES.put(key, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot extract " + resource, e);
    }
  }

  private static String nativePlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux")) {
      throw new IllegalStateException(
          "The Lambda runtime interface client runs on Linux only, not on " + os);
    }
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String cpu;
    String muslLoader;
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      cpu = "x86_64";
      muslLoader = "/lib/ld-musl-x86_64.so.1";
    } else if (arch.equals("aarch64") || arch.equals("arm64")) {
      cpu = "aarch_64";
      muslLoader = "/lib/ld-musl-aarch64.so.1";
    } else {
      throw new IllegalStateException(
          "The Lambda runtime interface client has no native library for " + arch);
    }
    boolean musl =
        Files.exists(Path.of(muslLoader))
            && !Files.exists(Path.of("/lib64/ld-linux-x86-64.so.2"))
            && !Files.exists(Path.of("/lib/ld-linux-aarch64.so.1"));
    return (musl ? "linux_musl-" : "linux-") + cpu;
  }

  private static URL toUrl(Path p) {
    try {
      return p.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(p.toString(), e);
    }
  }

  private static Path currentJava() {
    Path fromHome = Path.of(System.getProperty("java.home"), "bin", executableName("java"));
    if (Files.isExecutable(fromHome)) {
      return fromHome;
    }
    return ProcessHandle.current()
        .info()
        .command()
        .map(Path::of)
        .orElseThrow(
            () -> new IllegalStateException("Cannot find the java executable of this JVM"));
  }

  private static Path javaHomeOf(Path java) {
    try {
      Path real = java.toRealPath();
      Path bin = real.getParent();
      return bin == null ? null : bin.getParent();
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The feature version (17, 21, 25...) of the JDK owning {@code java}, or -1 if it cannot be told.
   */
  static int featureVersionOf(Path java) {
    Path home = javaHomeOf(java);
    try {
      if (home != null && home.equals(Path.of(System.getProperty("java.home")).toRealPath())) {
        return Runtime.version().feature();
      }
    } catch (IOException ignored) {
      // fall through to the release file
    }
    if (home == null) {
      return -1;
    }
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return -1;
    }
    try (Stream<String> lines = Files.lines(release)) {
      return lines
          .filter(l -> l.startsWith("JAVA_VERSION="))
          .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "").trim())
          .mapToInt(LambdaProcess::featureOf)
          .findFirst()
          .orElse(-1);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static int featureOf(String version) {
    if (version.startsWith("1.")) {
      return Integer.parseInt(version.substring(2).split("[._]")[0]);
    }
    return Runtime.Version.parse(version).feature();
  }

  private static String executableName(String tool) {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
        ? tool + ".exe"
        : tool;
  }

  private static String tail(String s, int max) {
    return s.length() <= max ? s : "..." + s.substring(s.length() - max);
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // best effort
                }
              });
    } catch (IOException ignored) {
      // best effort
    }
  }

  /**
   * Reads one output stream of the child into a buffer, optionally echoing it line by line with a
   * prefix.
   */
  private static final class OutputPump {
    private final StringBuilder buffer = new StringBuilder();
    private final Thread thread;
    private final String name;

    OutputPump(InputStream in, String name, PrintStream echo, String prefix) {
      this.name = name;
      this.thread = new Thread(() -> pump(in, echo, prefix), "lambda-process-" + name);
      thread.setDaemon(true);
      thread.start();
    }

    private void pump(InputStream in, PrintStream echo, String prefix) {
      boolean lineStart = true;
      char[] chunk = new char[8192];
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        int n;
        while ((n = reader.read(chunk)) > 0) {
          synchronized (buffer) {
            buffer.append(chunk, 0, n);
            buffer.notifyAll();
          }
          if (echo != null) {
            StringBuilder sb = new StringBuilder(n + 64);
            for (int i = 0; i < n; i++) {
              if (lineStart) {
                sb.append(prefix);
              }
              sb.append(chunk[i]);
              lineStart = chunk[i] == '\n';
            }
            echo.print(sb);
            echo.flush();
          }
        }
      } catch (IOException ignored) {
        // stream closed: the process is gone
      }
    }

    String text() {
      synchronized (buffer) {
        return buffer.toString();
      }
    }

    void await(String text, Duration wait) {
      long deadline = System.nanoTime() + wait.toNanos();
      synchronized (buffer) {
        while (buffer.indexOf(text) < 0) {
          long left = deadline - System.nanoTime();
          if (left <= 0 || (!thread.isAlive() && buffer.indexOf(text) < 0)) {
            throw new LambdaEmulatorException(
                "\""
                    + text
                    + "\" did not appear on "
                    + name
                    + " within "
                    + wait.toMillis()
                    + " ms; "
                    + name
                    + " so far:\n"
                    + tail(buffer.toString(), 3000));
          }
          try {
            TimeUnit.NANOSECONDS.timedWait(
                buffer, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LambdaEmulatorException("Interrupted", e);
          }
        }
      }
    }

    void join(long millis) {
      try {
        thread.join(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Builder for {@link LambdaProcess}. Not thread-safe. */
  public static final class Builder {
    private LambdaRuntimeEmulator emulator;
    private String runtimeApiAddress;
    private String handler;
    private final List<Path> classpath = new ArrayList<>();
    private List<Path> runtimeClientClasspath;
    private Path javaExecutable;
    private int childFeatureVersion;
    private final List<String> jvmOptions = new ArrayList<>();
    private String javaToolOptions;
    private final Map<String, String> env = new LinkedHashMap<>();
    private boolean inheritEnvironment;
    private String functionName = DEFAULT_FUNCTION_NAME;
    private int memorySizeMb = 512;
    private String region = "us-east-1";
    private Path taskRoot;
    private String echoPrefix;
    private boolean preExtractNativeLibrary = true;
    private Path nativeLibrary;

    private Builder() {}

    /** The emulator to talk to; the process reports its exit to it (see {@link LambdaProcess}). */
    public Builder emulator(LambdaRuntimeEmulator emulator) {
      this.emulator = Objects.requireNonNull(emulator, "emulator");
      return this;
    }

    /**
     * Another Runtime API to talk to ({@code host:port}, loopback), instead of {@link #emulator}.
     */
    public Builder runtimeApiAddress(String hostAndPort) {
      this.runtimeApiAddress = Objects.requireNonNull(hostAndPort, "hostAndPort");
      return this;
    }

    /** The handler, {@code pkg.Class::method} or {@code pkg.Class} (required). */
    public Builder handler(String handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Adds the function's classpath entries (jars or class directories), after the runtime
     * client's.
     */
    public Builder classpath(Path... entries) {
      return classpath(List.of(entries));
    }

    /**
     * Adds the function's classpath entries (jars or class directories), after the runtime
     * client's.
     */
    public Builder classpath(Collection<Path> entries) {
      entries.forEach(e -> classpath.add(Objects.requireNonNull(e, "classpath entry")));
      return this;
    }

    /**
     * The runtime client's own classpath (its jar and its dependencies' jars), replacing {@link
     * LambdaProcess#detectRuntimeClientClasspath()}.
     */
    public Builder runtimeClientClasspath(Collection<Path> entries) {
      this.runtimeClientClasspath = List.copyOf(entries);
      return this;
    }

    /** The child's {@code java} executable (default: this JVM's). */
    public Builder javaExecutable(Path java) {
      this.javaExecutable = Objects.requireNonNull(java, "java");
      return this;
    }

    /**
     * The child JDK's feature version, when it cannot be read from its {@code release} file; it
     * decides whether {@code --enable-native-access=ALL-UNNAMED} is added (22 and newer).
     */
    public Builder childJavaFeatureVersion(int feature) {
      this.childFeatureVersion = feature;
      return this;
    }

    /**
     * Adds JVM options, e.g. {@code -XX:TieredStopAtLevel=1}, {@code
     * -Xlog:class+load:file=/abs/path.log}. They come after the defaults this class adds, so they
     * can override them; relative paths resolve against the task root (the child's working
     * directory), which is deleted on close unless set by the caller.
     */
    public Builder jvmOptions(String... options) {
      for (String o : options) {
        jvmOptions.add(Objects.requireNonNull(o, "option"));
      }
      return this;
    }

    /**
     * Sets {@code JAVA_TOOL_OPTIONS} in the child (the JVM then prints "Picked up
     * JAVA_TOOL_OPTIONS" on stderr).
     */
    public Builder javaToolOptions(String options) {
      this.javaToolOptions = options;
      return this;
    }

    /**
     * Sets an environment variable in the child, overriding the defaults; {@code null} removes it.
     */
    public Builder env(String name, String value) {
      env.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Sets environment variables in the child, overriding the defaults. */
    public Builder env(Map<String, String> variables) {
      variables.forEach(this::env);
      return this;
    }

    /**
     * Whether the child inherits this JVM's environment (default {@code false}: a clean environment
     * with only {@code PATH}, {@code LANG}, {@code TZ} and the Lambda variables, as on Lambda, so
     * that e.g. a {@code JAVA_TOOL_OPTIONS} or credentials of the build do not leak in).
     */
    public Builder inheritEnvironment(boolean inherit) {
      this.inheritEnvironment = inherit;
      return this;
    }

    /** {@code AWS_LAMBDA_FUNCTION_NAME} (default {@value LambdaProcess#DEFAULT_FUNCTION_NAME}). */
    public Builder functionName(String name) {
      this.functionName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * {@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE} (default 512); the JVM heap is not derived from it.
     */
    public Builder memorySizeMb(int mb) {
      this.memorySizeMb = mb;
      return this;
    }

    /** {@code AWS_REGION} and {@code AWS_DEFAULT_REGION} (default {@code us-east-1}). */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /**
     * The working directory, which the runtime client uses as the task root: its classes and its
     * {@code lib/*.jar} are loaded by the handler's class loader, as in an unzipped deployment
     * package (default: a fresh empty directory, deleted on close).
     */
    public Builder taskRoot(Path dir) {
      this.taskRoot = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Echoes the child's output to this JVM's {@code System.out}/{@code System.err}, prefixed
     * {@code [lambda <pid>] }.
     */
    public Builder echoOutput(boolean echo) {
      this.echoPrefix = echo ? "[lambda {pid}] " : null;
      return this;
    }

    /**
     * Echoes the child's output with the given line prefix ({@code {pid}} is replaced by the pid).
     */
    public Builder echoOutput(String linePrefix) {
      this.echoPrefix = linePrefix;
      return this;
    }

    /**
     * Whether to pass the runtime client a pre-extracted native library (default {@code true});
     * {@code false} lets the client copy it to {@code /tmp/.libaws-lambda-jni.so} itself at every
     * start, as on Lambda.
     */
    public Builder preExtractNativeLibrary(boolean preExtract) {
      this.preExtractNativeLibrary = preExtract;
      return this;
    }

    /** Uses this native library file instead of extracting the runtime client's. */
    public Builder nativeLibrary(Path file) {
      this.nativeLibrary = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * Starts the child JVM. It connects to the Runtime API and long-polls for invocations; queue
     * them on the emulator (before or after this call).
     *
     * @throws UncheckedIOException if the process cannot be started
     * @throws IllegalStateException if the runtime client's classpath cannot be detected
     */
    public LambdaProcess start() {
      return new LambdaProcess(this);
    }
  }
}
