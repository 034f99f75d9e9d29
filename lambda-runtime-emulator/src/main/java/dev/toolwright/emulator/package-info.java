/**
 * Test support for running Lambda handlers for real, on loopback: {@link
 * dev.toolwright.emulator.LambdaRuntimeEmulator} serves the Lambda Runtime API, {@link
 * dev.toolwright.emulator.LambdaProcess} runs a handler in a child JVM under the real AWS Lambda
 * Runtime Interface Client, and {@link dev.toolwright.emulator.Invocation} / {@link
 * dev.toolwright.emulator.InvocationResult} describe one synchronous invocation. Never shipped in a
 * Lambda.
 */
package dev.toolwright.emulator;
