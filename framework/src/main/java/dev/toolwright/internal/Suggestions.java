package dev.toolwright.internal;

import java.util.Collection;

/**
 * "Did you mean" for an agent's typo: the known name closest to an unknown one, when it is close
 * enough to be the likely intent (at most one edit per three characters, letter case ignored). Not
 * API.
 */
final class Suggestions {

  private Suggestions() {}

  /** {@code " Did you mean <quote(name)>?"}, or empty when no known name is close. */
  static String didYouMean(String given, Collection<String> known, boolean singleQuotes) {
    String best = closest(given, known);
    if (best == null) {
      return "";
    }
    return " Did you mean " + (singleQuotes ? "'" + best + "'" : ArgumentChecker.quote(best)) + "?";
  }

  /** The closest known name, or null when none is within the budget (or several tie). */
  static String closest(String given, Collection<String> known) {
    if (given == null || given.isEmpty() || given.length() > 64) {
      return null;
    }
    String lower = given.toLowerCase(java.util.Locale.ROOT);
    int budget = Math.max(1, given.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String name : known) {
      if (name.length() > 64 || Math.abs(name.length() - given.length()) > budget) {
        continue;
      }
      int distance = distance(lower, name.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
        tie = false;
      } else if (distance == bestDistance) {
        tie = true;
      }
    }
    return best != null && bestDistance <= budget && !tie ? best : null;
  }

  /** Edit distance with adjacent transpositions (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
