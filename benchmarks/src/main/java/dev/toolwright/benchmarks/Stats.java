package dev.toolwright.benchmarks;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a sample (nearest-rank percentiles). */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    double[] v = sorted(values);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  /** The nearest-rank percentile ({@code p} in 0..100). */
  static double percentile(List<Double> values, double p) {
    double[] v = sorted(values);
    int rank = (int) Math.ceil(p / 100.0 * v.length);
    return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
  }

  /**
   * A 95% bootstrap interval of median(numerator) / median(denominator), resampling rounds (the two
   * lists are paired: element i of both comes from round i).
   */
  static double[] ratioInterval(List<Double> numerator, List<Double> denominator) {
    int n = Math.min(numerator.size(), denominator.size());
    java.util.Random random = new java.util.Random(42);
    int iterations = 2000;
    double[] ratios = new double[iterations];
    Double[] num = new Double[n];
    Double[] den = new Double[n];
    for (int it = 0; it < iterations; it++) {
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(n);
        num[i] = numerator.get(pick);
        den[i] = denominator.get(pick);
      }
      ratios[it] = median(Arrays.asList(num)) / median(Arrays.asList(den));
    }
    Arrays.sort(ratios);
    return new double[] {
      ratios[(int) (0.025 * iterations)], ratios[(int) (0.975 * iterations) - 1]
    };
  }

  static double min(List<Double> values) {
    return sorted(values)[0];
  }

  private static double[] sorted(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v;
  }
}
