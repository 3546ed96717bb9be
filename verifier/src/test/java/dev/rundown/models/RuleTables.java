package dev.rundown.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rule coverage rows of an area's {@code RULES.md}: every Markdown table with a {@code status} column,
 * every row of it whose first rule-id-looking cell names a known rule id. The tables were written by different
 * people, so only that much structure is assumed: the detail of an encoded rule is its {@code where…} column
 * (else the first filled cell after the status), and the reason of an out-of-scope rule is the first filled cell
 * after the status. Stateless.
 */
final class RuleTables {
  /** One row: the rule id, its status cell as written, and the where or reason text. */
  record Row(String id, String status, String detail, String table) {
    boolean encoded() {
      return status.toLowerCase(Locale.ROOT).startsWith("encoded");
    }

    boolean outOfScope() {
      return status.toLowerCase(Locale.ROOT).startsWith("out of scope");
    }
  }

  private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(?:-[A-Z]+)*-[0-9]+");

  private RuleTables() {}

  /** The rows of {@code text} (the Markdown of {@code table}, a repository-relative path) about ids in {@code known}. */
  static List<Row> rows(String table, String text, Set<String> known) {
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.trim();
      if (!trimmed.startsWith("|")) {
        header = null;
        continue;
      }
      List<String> cells = cells(trimmed);
      if (header == null) {
        header = cells;
        continue;
      }
      int status = indexOf(header, "status");
      if (status < 0 || cells.size() <= status) {
        continue;
      }
      String id = firstId(cells.subList(0, status), known);
      if (id == null) {
        continue;
      }
      String state = cells.get(status);
      int where = indexOf(header, "where");
      String detail =
          state.toLowerCase(Locale.ROOT).startsWith("encoded") && where > status && where < cells.size() && filled(cells.get(where))
              ? cells.get(where)
              : firstFilled(cells.subList(status + 1, cells.size()));
      rows.add(new Row(id, state, detail, table));
    }
    return rows;
  }

  /** The cells of a table line, trimmed; {@code \|} is a literal bar, not a separator. */
  private static List<String> cells(String line) {
    String body = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
        cell.append("\\|");
        i++;
      } else if (c == '|') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  /** The first column whose header starts with {@code name} (case-insensitive), or -1. */
  private static int indexOf(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).toLowerCase(Locale.ROOT).startsWith(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The rule id a row is about: the first cell that is exactly a known id (backticks and bold allowed). */
  private static String firstId(List<String> cells, Set<String> known) {
    for (String cell : cells) {
      String bare = cell.replace("`", "").replace("*", "").trim();
      Matcher m = RULE_ID.matcher(bare);
      if (m.matches() && known.contains(bare)) {
        return bare;
      }
    }
    return null;
  }

  private static boolean filled(String cell) {
    return !cell.isEmpty() && !cell.equals("—") && !cell.equals("-");
  }

  private static String firstFilled(List<String> cells) {
    return cells.stream().filter(RuleTables::filled).findFirst().orElse("");
  }
}
