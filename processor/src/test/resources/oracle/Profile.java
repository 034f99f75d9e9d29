package oracle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** A bean with private fields, getters and setters, a public field and Jackson annotations. */
@JsonIgnoreProperties({"internal"})
public class Profile {

  private String name;

  @JsonProperty("born")
  private LocalDate birthday;

  @JsonIgnore
  private String password;

  private String internal;

  private List<Item> favourites;

  private Status status;

  public int visits;

  private String currency;

  private String token;

  public Profile() {}

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getBirthday() {
    return birthday;
  }

  public void setBirthday(LocalDate birthday) {
    this.birthday = birthday;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getInternal() {
    return internal;
  }

  public void setInternal(String internal) {
    this.internal = internal;
  }

  public List<Item> getFavourites() {
    return favourites;
  }

  public void setFavourites(List<Item> favourites) {
    this.favourites = favourites;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  @JsonProperty("cur")
  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  @JsonIgnore
  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
