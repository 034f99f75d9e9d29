package dev.toolwright.internal;

import dev.toolwright.GatewayContext;
import dev.toolwright.ToolException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** The tool class behind {@link SampleTools_ToolDispatcher}; written as a user would. */
public final class SampleTools {

  /** Set when a tool ran to its end after its caller was answered; tests read it. */
  public final AtomicBoolean spinFinished = new AtomicBoolean();

  public record Echo(String message, int times) {}

  public record LineItem(String sku, int quantity) {}

  public record Order(String id, List<LineItem> items, Optional<String> note) {}

  public record Confirmation(String orderId, int units, String reason) {}

  /** A result Jackson cannot write: its getter fails. */
  public static final class Unwritable {
    public String getValue() {
      throw new IllegalStateException("getter failed with secret s3cr3t");
    }
  }

  public Echo echo(String message, int times) {
    return new Echo(message, times);
  }

  public Confirmation placeOrder(Order order, String reason) {
    int units = order.items().stream().mapToInt(LineItem::quantity).sum();
    return new Confirmation(order.id(), units, reason);
  }

  public void fail(boolean retryable, boolean withCause) {
    if (withCause) {
      throw new ToolException(
          "The inventory service is busy; try again in a minute.",
          retryable,
          new IOException("inventory.internal:8443 refused the connection"));
    }
    if (retryable) {
      throw new ToolException("The inventory service is busy; try again in a minute.", true, null);
    }
    throw new ToolException("Order X-1 does not exist; use search_orders to find it.");
  }

  public String explode() {
    throw new IllegalStateException(
        "database password=hunter2 rejected",
        new IOException("connection refused to db.internal:5432"));
  }

  public String sleep(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return "slept";
  }

  /** Busy for {@code millis}, swallowing every interrupt (without burning a CPU). */
  public String spin(long millis) {
    long end = System.nanoTime() + millis * 1_000_000L;
    for (long left = millis; left > 0; left = (end - System.nanoTime()) / 1_000_000L) {
      try {
        Thread.sleep(left);
      } catch (InterruptedException swallowed) {
        // a badly written tool: keeps going
      }
    }
    spinFinished.set(true);
    return "spun";
  }

  public void nothing() {}

  public int answer() {
    return 42;
  }

  public Map<String, Object> who(GatewayContext gateway) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("qualifiedToolName", gateway.qualifiedToolName());
    m.put("targetName", gateway.targetName());
    m.put("toolName", gateway.toolName());
    m.put("gatewayId", gateway.gatewayId());
    m.put("targetId", gateway.targetId());
    m.put("mcpMessageId", gateway.mcpMessageId());
    m.put("gatewayRequestId", gateway.gatewayRequestId());
    m.put("messageVersion", gateway.messageVersion());
    m.put("headers", new java.util.TreeMap<>(gateway.propagatedHeaders()));
    return m;
  }

  public Unwritable unwritable() {
    return new Unwritable();
  }

  public int length(String text) {
    return text.length();
  }

  /** A result of about {@code megabytes} MB. */
  public String big(int megabytes) {
    return "x".repeat(megabytes * 1024 * 1024);
  }

  /** Re-interrupts its own thread, as code that swallows an InterruptedException should. */
  public String interruptSelf() {
    Thread.currentThread().interrupt();
    return "interrupted";
  }

  /** A value class Jackson writes as a bare string. */
  public record Sku(String code) {
    @com.fasterxml.jackson.annotation.JsonValue
    public String code() {
      return code;
    }
  }

  public Sku sku() {
    return new Sku("BOOK-042");
  }

  public int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }
}
