package lowering;

/** A person: the superclass of a bean. */
public class Person {

  /** The full name. */
  private String name;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
