package lowering;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.toolwright.ToolParam;

/** A customer as the CRM keeps it: a bean with getters, setters and a public field. */
@JsonIgnoreProperties(value = {"secret"}, ignoreUnknown = true)
public class Customer {

  /** The customer's display name. */
  private String name;

  /** Loyalty points collected so far. */
  @JsonProperty("points")
  private int loyaltyPoints;

  @JsonIgnore
  private String passwordHash;

  @ToolParam(description = "where invoices go")
  private String email;

  private String secret;

  /** Whether the customer gets the newsletter. */
  public boolean newsletter;

  public Customer() {}

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getLoyaltyPoints() {
    return loyaltyPoints;
  }

  public void setLoyaltyPoints(int loyaltyPoints) {
    this.loyaltyPoints = loyaltyPoints;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }
}
