package dev.toolwright.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> TOOLS =
      List.of(
          "add",
          "cancel_order",
          "convert_length",
          "days_between",
          "lookup_order",
          "search_orders",
          "statistics");

  @Test
  void aTypo_namesTheClosestKnownName() {
    assertEquals("lookup_order", Suggestions.closest("lookup_ordr", TOOLS));
    assertEquals(
        "search_orders",
        Suggestions.closest("serach_orders", TOOLS)); // a transposition is one edit
    assertEquals(
        "orderId",
        Suggestions.closest("orderid", List.of("orderId", "includeItems"))); // case ignored
    assertEquals(
        "includeItems", Suggestions.closest("include_items", List.of("orderId", "includeItems")));
  }

  @Test
  void nothingClose_orATie_suggestsNothing() {
    assertNull(Suggestions.closest("weather", TOOLS));
    assertNull(
        Suggestions.closest("ad", List.of("add", "and"))); // two names one edit away: no guess
    assertNull(Suggestions.closest("", TOOLS));
    assertNull(Suggestions.closest("x".repeat(100), TOOLS));
  }

  @Test
  void theSentence_quotesAsTheMessageAroundIt() {
    assertEquals(
        " Did you mean \"lookup_order\"?", Suggestions.didYouMean("lookup_ordr", TOOLS, false));
    assertEquals(
        " Did you mean 'orderId'?", Suggestions.didYouMean("orderid", List.of("orderId"), true));
    assertEquals("", Suggestions.didYouMean("weather", TOOLS, false));
  }

  @Test
  void distance_countsInsertionsDeletionsSubstitutionsAndTranspositions() {
    assertEquals(0, Suggestions.distance("abc", "abc"));
    assertEquals(1, Suggestions.distance("abc", "abd"));
    assertEquals(1, Suggestions.distance("abc", "ab"));
    assertEquals(1, Suggestions.distance("abc", "acb"));
    assertEquals(3, Suggestions.distance("", "abc"));
  }
}
