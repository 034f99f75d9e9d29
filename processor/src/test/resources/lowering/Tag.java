package lowering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A bean whose @JsonCreator parameter has another Java name than the setter of the same property. */
public class Tag {

  private String name;

  /**
   * Creates a tag.
   *
   * @param label the tag's name
   */
  @JsonCreator
  public Tag(@JsonProperty("name") String label) {
    this.name = label;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
