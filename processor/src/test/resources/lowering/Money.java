package lowering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** An amount of money: an immutable class built through its @JsonCreator. */
public final class Money {

  private final BigDecimal amount;
  private final String currency;

  /**
   * Creates an amount.
   *
   * @param amount how much
   * @param currency the ISO 4217 code
   */
  @JsonCreator
  public Money(@JsonProperty("amount") BigDecimal amount, @JsonProperty("cur") String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  @JsonProperty("cur")
  public String getCurrency() {
    return currency;
  }
}
