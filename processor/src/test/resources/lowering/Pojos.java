package lowering;

import dev.toolwright.Tool;

/** POJO parameters and results. */
public class Pojos {

  /**
   * Registers a customer.
   *
   * @param customer who to register
   */
  @Tool
  public Customer register(Customer customer) {
    return customer;
  }

  /**
   * Charges an amount.
   *
   * @param amount what to charge
   */
  @Tool
  public Money charge(Money amount) {
    return amount;
  }

  /**
   * Opens an account.
   *
   * @param account the account
   */
  @Tool
  public Account open(Account account) {
    return account;
  }

  /**
   * Attaches a tag.
   *
   * @param tag the tag
   */
  @Tool
  public void attach(Tag tag) {}
}
