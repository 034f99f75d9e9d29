package dev.toolwright.processor.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A doc comment split into its description and its {@code @param} tags, as plain text: inline tags
 * are unwrapped ({@code {@code x}} becomes {@code x}), HTML tags dropped and white space folded,
 * because the text goes to an agent, not a browser.
 */
public final class Javadoc {

  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)");

  private final String description;
  private final Map<String, String> params;
  private final String returns;

  private Javadoc(String description, Map<String, String> params, String returns) {
    this.description = description;
    this.params = params;
    this.returns = returns;
  }

  /** Parses a comment as {@code Elements.getDocComment} returns it; null gives an empty doc. */
  public static Javadoc parse(String comment) {
    if (comment == null || comment.isBlank()) {
      return new Javadoc("", Map.of(), "");
    }
    Matcher block = BLOCK_TAG.matcher(comment);
    int end = block.find() ? block.start() : comment.length();
    String description = clean(comment.substring(0, end));
    Map<String, String> params = new LinkedHashMap<>();
    String returns = "";
    if (end < comment.length()) {
      String[] tags = comment.substring(end).split("(?m)^\\s*(?=@\\w+)");
      for (String tag : tags) {
        String t = tag.trim();
        if (t.startsWith("@param")) {
          String rest = t.substring("@param".length()).trim();
          int space = indexOfWhitespace(rest);
          String name = space < 0 ? rest : rest.substring(0, space);
          String text = space < 0 ? "" : rest.substring(space);
          if (name.startsWith("<") && name.endsWith(">")) {
            continue; // a type parameter
          }
          params.put(name, clean(text));
        } else if (t.startsWith("@return")
            && (t.length() == 7 || Character.isWhitespace(t.charAt(7)))) {
          returns = clean(t.substring("@return".length()));
        }
      }
    }
    return new Javadoc(description, params, returns);
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The text before the block tags. */
  public String description() {
    return description;
  }

  /** The {@code @return} text, or empty. */
  public String returns() {
    return returns;
  }

  /** The {@code @param} text for a name, or empty. */
  public String param(String name) {
    return params.getOrDefault(name, "");
  }

  static String clean(String text) {
    Matcher m = INLINE_TAG.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String tag = m.group(1);
      String body = m.group(2).trim();
      String replacement;
      if (tag.equals("link") || tag.equals("linkplain")) {
        int space = indexOfWhitespace(body);
        replacement = space < 0 ? body.replace('#', '.') : body.substring(space).trim();
        if (replacement.startsWith(".")) {
          replacement = replacement.substring(1);
        }
      } else if (tag.equals("inheritDoc")) {
        replacement = "";
      } else {
        replacement = body;
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    String noHtml = HTML_TAG.matcher(sb.toString()).replaceAll(" ");
    return noHtml
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
