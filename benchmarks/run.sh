#!/bin/sh
# Builds the three Lambda variants and the benchmark runner, runs every benchmark (cold start, classes loaded,
# warm path, size) and writes the results into benchmarks/README.md. Needs only a JDK 17+; ./mvnw fetches Maven.
#
#   benchmarks/run.sh [n=15] [jdk25=/path/to/jdk-25] [skip=spring,cds,aot,primed,jmh,classes,cold,probe] ...
#
# Settings are listed in src/main/java/dev/toolwright/benchmarks/Config.java. JDK25_HOME also sets jdk25.
# Run it on an otherwise idle machine: the numbers are only as quiet as the CPU.
set -eu
cd "$(dirname "$0")/.."

./mvnw -B -q -P benchmarks -pl processor,benchmarks -am -Dmaven.test.skip=true package

if [ -n "${JAVA_HOME:-}" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
CLASSPATH_FILE=benchmarks/target/benchmark.classpath
exec "$JAVA" ${BENCH_JAVA_OPTS:-} -cp "benchmarks/target/classes:$(cat "$CLASSPATH_FILE")" \
  dev.toolwright.benchmarks.BenchmarkMain "$@"
