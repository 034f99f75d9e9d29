package dev.toolwright.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Lambda deployment to start cold: a jar, its handler, the JDK, extra JVM options and
 * environment variables.
 */
final class Variant {

  final String id;
  final String description;
  final Path jar;
  final String handler;

  /** The child's java executable; null for the JVM running the benchmarks. */
  final Path java;

  final List<String> jvmOptions = new ArrayList<>();

  /** Environment variables of the child beyond the emulator's (a null value removes one). */
  final Map<String, String> env = new LinkedHashMap<>();

  /** Why the variant is not measured, or null. */
  String unavailable;

  /** Notes for the report (e.g. how many classes came from an archive). */
  final List<String> notes = new ArrayList<>();

  Variant(String id, String description, Path jar, String handler, Path java) {
    this.id = id;
    this.description = description;
    this.jar = jar;
    this.handler = handler;
    this.java = java;
  }

  Variant withOptions(String id, String description, List<String> options) {
    Variant v = new Variant(id, description, jar, handler, java);
    v.jvmOptions.addAll(jvmOptions);
    v.jvmOptions.addAll(options);
    v.env.putAll(env);
    return v;
  }

  boolean available() {
    return unavailable == null;
  }

  @Override
  public String toString() {
    return id;
  }
}
