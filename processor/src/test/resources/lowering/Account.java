package lowering;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A bean whose Jackson annotations sit on one accessor only, and whose fields say @Nullable. */
public class Account {

  private String id;

  private String currency;

  private String token;

  private String pin;

  private @lowering.typeuse.Nullable String nickname;

  @Nullable
  private String memo;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** Renames the property in both directions. */
  @JsonProperty("cur")
  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  /** Drops the property in both directions. */
  @JsonIgnore
  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPin() {
    return pin;
  }

  /** Drops the property in both directions. */
  @JsonIgnore
  public void setPin(String pin) {
    this.pin = pin;
  }

  public String getNickname() {
    return nickname;
  }

  public void setNickname(String nickname) {
    this.nickname = nickname;
  }

  public String getMemo() {
    return memo;
  }

  public void setMemo(String memo) {
    this.memo = memo;
  }
}
