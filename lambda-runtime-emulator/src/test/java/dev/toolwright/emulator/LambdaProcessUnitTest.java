package dev.toolwright.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** LambdaProcess helpers that need no child JVM. */
class LambdaProcessUnitTest {

  @Test
  void detectsTheRuntimeClientClasspath() {
    List<Path> cp = LambdaProcess.detectRuntimeClientClasspath();
    String joined = cp.toString();
    assertTrue(joined.contains("aws-lambda-java-runtime-interface-client"), joined);
    assertTrue(joined.contains("aws-lambda-java-core"), joined);
    assertTrue(joined.contains("aws-lambda-java-serialization"), joined);
    assertTrue(joined.contains("utils-lite"), joined);
    cp.forEach(p -> assertTrue(Files.isRegularFile(p), p::toString));
    assertTrue(
        cp.get(0).getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client"));

    ClassLoader empty = new ClassLoader(null) {};
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> LambdaProcess.detectRuntimeClientClasspath(empty));
    assertTrue(e.getMessage().contains("runtimeClientClasspath"), e.getMessage());
  }

  @Test
  void classpathOfATestClassIsTheTestClassesDirectory() {
    assertTrue(
        LambdaProcess.classpathOf(EchoHandler.class).endsWith(Path.of("target", "test-classes")));
  }

  @Test
  @EnabledOnOs(
      value = OS.LINUX,
      architectures = {"amd64", "x86_64", "aarch64"})
  void extractsTheNativeLibraryOnce() throws Exception {
    List<Path> cp = LambdaProcess.detectRuntimeClientClasspath();
    Path lib = LambdaProcess.extractNativeLibrary(cp);
    assertTrue(Files.size(lib) > 100_000, lib::toString);
    assertEquals(lib, LambdaProcess.extractNativeLibrary(cp));
  }

  @Test
  void featureVersionOfThisJvm() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    assertEquals(Runtime.version().feature(), LambdaProcess.featureVersionOf(java));
    String otherHome = System.getenv("JDK25_HOME"); // optional: check a second JDK too
    Path jdk25 = otherHome == null ? null : Path.of(otherHome, "bin", "java");
    if (jdk25 != null && Files.isExecutable(jdk25)) {
      assertEquals(25, LambdaProcess.featureVersionOf(jdk25));
    }
  }

  @Test
  void parsesUsedHeapOfEveryCollector() {
    String serial =
        " def new generation   total 4928K, used 1024K [0x1, 0x2, 0x3)\n"
            + "  eden space 4416K,  23% used [0x1, 0x2, 0x3)\n"
            + "  from space 512K,   0% used [0x1, 0x2, 0x3)\n"
            + " tenured generation   total 10944K, used 2048K [0x1, 0x2, 0x3)\n"
            + "   the space 10944K,  18% used [0x1, 0x2, 0x3, 0x4)\n"
            + " Metaspace       used 5000K, committed 5120K, reserved 1056768K\n"
            + "  class space    used 500K, committed 512K, reserved 1048576K\n";
    assertEquals(3072 * 1024L, LambdaProcess.parseUsedHeap(serial));
    String g1 =
        " garbage-first heap   total 262144K, used 3412K [0x1, 0x2)\n"
            + "  region size 1024K, 1 young (1024K), 0 survivors (0K)\n"
            + " Metaspace       used 5000K, committed 5120K, reserved 1056768K\n";
    assertEquals(3412 * 1024L, LambdaProcess.parseUsedHeap(g1));
    String parallel =
        " PSYoungGen      total 76288K, used 100K [0x1, 0x2, 0x3)\n"
            + "  eden space 65536K, 0% used [0x1,0x2,0x3)\n"
            + " ParOldGen       total 175104K, used 900K [0x1, 0x2, 0x3)\n"
            + "  object space 175104K, 0% used [0x1,0x2,0x3)\n"
            + " Metaspace       used 5000K, committed 5120K, reserved 1056768K\n";
    assertEquals(1000 * 1024L, LambdaProcess.parseUsedHeap(parallel));
    assertEquals(
        8L << 20,
        LambdaProcess.parseUsedHeap(
            " ZHeap           used 8M, capacity 64M, max capacity 1024M\n"
                + " Metaspace       used 5000K, committed 5120K, reserved 1056768K\n"));
    assertEquals(
        7480 * 1024L,
        LambdaProcess.parseUsedHeap(
            "Shenandoah Heap\n"
                + " 4194304K max, 4194304K soft max, 266240K committed, 7480K used\n"
                + " 1024 x 4096K regions\n"));
    // JDK 25 formats
    assertEquals(
        12558 * 1024L,
        LambdaProcess.parseUsedHeap(
            "12345:\n"
                + "garbage-first heap   total reserved 6172672K, committed 393216K, used 12558K [0x1, 0x2)\n"
                + " region size 4096K, 3 young (12288K), 1 survivors (4096K)\n"
                + " Metaspace       used 9133K, committed 9408K, reserved 1114112K\n"));
    assertEquals(
        (33081 + 1166) * 1024L,
        LambdaProcess.parseUsedHeap(
            "DefNew     total 116160K, used 33081K [0x1, 0x2, 0x3)\n"
                + " eden space 103296K,  32% used [0x0000000687400000, 0x000000068944e450, 0x000000068d8e0000)\n"
                + "Tenured    total 258048K, used 1166K [0x1, 0x2, 0x3)\n"
                + " the  space 258048K,   0% used [0x1, 0x2, 0x3)\n"));
    assertEquals(
        62L << 20,
        LambdaProcess.parseUsedHeap(
            "ZHeap            used 62M, capacity 378M, max capacity 6028M\n"
                + " Cache           316M (1)\n  size classes   256M (1)\n"));
    assertEquals(
        0x1000L,
        LambdaProcess.parseUsedHeap(
            "Epsilon Heap\n Allocation space:\n"
                + "  space 385692K,   6% used [0x0000000687400000, 0x0000000687401000, 0x000000069ee43000)\n"));
    assertThrows(LambdaEmulatorException.class, () -> LambdaProcess.parseUsedHeap("nothing here"));
  }
}
