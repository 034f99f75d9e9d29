package dev.toolwright.benchmarks.spring;

import dev.toolwright.benchmarks.orders.Order;
import dev.toolwright.benchmarks.orders.OrderQuery;
import dev.toolwright.benchmarks.orders.OrderStore;
import dev.toolwright.benchmarks.orders.OrderSummary;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Benchmark variant C: the examples' seven tools as {@link Function} beans of a plain Spring Boot
 * application, served by Spring Cloud Function's AWS adapter ({@code
 * org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest}). With more than
 * one function the adapter routes; {@code application.properties} holds the routing expression that
 * takes the tool name from the gateway's client context, as Toolwright does. The order tools'
 * records and logic are the hand-written variants' ({@code dev.toolwright.benchmarks.orders}).
 */
@SpringBootApplication
public class SpringToolsApplication {

  public static void main(String[] args) {
    SpringApplication.run(SpringToolsApplication.class, args);
  }

  @Bean
  public OrderStore orderStore() {
    return new OrderStore();
  }

  @Bean(name = "lookup_order")
  public Function<Inputs.LookupOrder, Order> lookupOrder(OrderStore orders) {
    return in -> orders.lookupOrder(in.orderId(), in.includeItems());
  }

  @Bean(name = "search_orders")
  public Function<Inputs.SearchOrders, OrderSummary> searchOrders(OrderStore orders) {
    return in -> orders.searchOrders(in.query());
  }

  @Bean(name = "cancel_order")
  public Function<Inputs.CancelOrder, Map<String, Object>> cancelOrder(OrderStore orders) {
    return in -> Map.of("result", orders.cancelOrder(in.orderId(), in.reason()));
  }

  @Bean(name = "add")
  public Function<Inputs.Add, Map<String, Object>> add() {
    return in -> Map.of("result", in.a() + in.b());
  }

  @Bean(name = "convert_length")
  public Function<Inputs.ConvertLength, Map<String, Object>> convertLength() {
    return in -> {
      Unit to = in.to() == null ? Unit.METRE : in.to();
      return Map.of("result", in.value() * in.from().metres() / to.metres());
    };
  }

  @Bean(name = "days_between")
  public Function<Inputs.DaysBetween, Map<String, Object>> daysBetween() {
    return in -> Map.of("result", ChronoUnit.DAYS.between(in.from(), in.to()));
  }

  @Bean(name = "statistics")
  public Function<Inputs.Statistics, Statistics> statistics() {
    return in -> {
      List<Double> values = in.values();
      if (values == null || values.isEmpty()) {
        throw new IllegalArgumentException("Give at least one number.");
      }
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double v : values) {
        sum += v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      return new Statistics(values.size(), sum / values.size(), min, max);
    };
  }

  /** Summary statistics of a list of numbers. */
  public record Statistics(int count, double mean, double min, double max) {}

  /** Units of length. */
  public enum Unit {
    MILLIMETRE(0.001),
    CENTIMETRE(0.01),
    METRE(1),
    KILOMETRE(1000),
    INCH(0.0254),
    FOOT(0.3048),
    MILE(1609.344);

    private final double metres;

    Unit(double metres) {
      this.metres = metres;
    }

    double metres() {
      return metres;
    }
  }

  /** The tools' argument objects (the gateway sends the bare arguments object as the event). */
  public static final class Inputs {
    private Inputs() {}

    public record LookupOrder(String orderId, boolean includeItems) {}

    public record SearchOrders(OrderQuery query) {}

    public record CancelOrder(String orderId, String reason) {}

    public record Add(double a, double b) {}

    public record ConvertLength(double value, Unit from, Unit to) {}

    public record DaysBetween(LocalDate from, LocalDate to) {}

    public record Statistics(List<Double> values) {}
  }
}
