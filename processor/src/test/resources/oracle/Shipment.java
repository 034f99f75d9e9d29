package oracle;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A shipment with one component of most kinds.
 *
 * @param id the shipment id
 */
public record Shipment(
    String id,
    int count,
    long weight,
    short boxes,
    double price,
    float discount,
    BigDecimal total,
    BigInteger serial,
    boolean fragile,
    Boolean insured,
    char grade,
    LocalDate day,
    OffsetDateTime pickup,
    Instant createdAt,
    UUID reference,
    URI tracking,
    Status status,
    Priority priority,
    List<String> tags,
    Set<Item> items,
    Item main,
    List<List<Integer>> grid,
    String[] codes,
    int[] sizes,
    Map<String, Integer> stock,
    Map<String, Item> byWarehouse,
    Optional<String> note,
    Optional<Item> extra,
    @JsonProperty("renamed") String original,
    @JsonIgnore String hidden) {}
