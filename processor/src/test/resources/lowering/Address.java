package lowering;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.toolwright.ToolParam;

/**
 * A postal address.
 *
 * @param street the street and house number
 * @param postalCode the postal code
 * @param city the city
 * @param country the Javadoc loses to @ToolParam
 * @param internalNote never on the wire
 * @param legacyId never on the wire either
 */
@JsonIgnoreProperties({"legacyId"})
public record Address(
    String street,
    @JsonProperty("zip") String postalCode,
    String city,
    @ToolParam(description = "ISO 3166 country code") String country,
    @JsonIgnore String internalNote,
    String legacyId) {}
