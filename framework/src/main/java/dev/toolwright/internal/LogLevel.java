package dev.toolwright.internal;

import java.util.Locale;

/**
 * Log levels, named as Lambda's advanced logging controls name them ({@code AWS_LAMBDA_LOG_LEVEL}).
 * Not API.
 */
public enum LogLevel {
  TRACE,
  DEBUG,
  INFO,
  WARN,
  ERROR,
  FATAL;

  /**
   * The level named by {@code value} (any case; {@code WARNING} and {@code CRITICAL} too), else
   * {@code fallback}.
   */
  static LogLevel parse(String value, LogLevel fallback) {
    if (value == null) {
      return fallback;
    }
    switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "TRACE":
        return TRACE;
      case "DEBUG":
        return DEBUG;
      case "INFO":
        return INFO;
      case "WARN":
      case "WARNING":
        return WARN;
      case "ERROR":
        return ERROR;
      case "FATAL":
      case "CRITICAL":
        return FATAL;
      default:
        return fallback;
    }
  }
}
