package dev.rundown.alloy;

import java.util.List;

/**
 * Alloy formulas as text with constant folding: {@link #TRUE} and {@link #FALSE} are markers that the
 * combinators simplify away, and {@link #text} spells out where a constant survives. Stateless.
 */
final class Logic {
  static final String TRUE = "TRUE";
  static final String FALSE = "FALSE";

  private Logic() {}

  static String and(String a, String b) {
    if (a.equals(FALSE) || b.equals(FALSE)) {
      return FALSE;
    }
    if (a.equals(TRUE)) {
      return b;
    }
    return b.equals(TRUE) ? a : "(" + a + " and " + b + ")";
  }

  static String and(List<String> parts) {
    String f = TRUE;
    for (String p : parts) {
      f = and(f, p);
    }
    return f;
  }

  static String or(String a, String b) {
    if (a.equals(TRUE) || b.equals(TRUE)) {
      return TRUE;
    }
    if (a.equals(FALSE)) {
      return b;
    }
    return b.equals(FALSE) ? a : "(" + a + " or " + b + ")";
  }

  static String or(List<String> parts) {
    String f = FALSE;
    for (String p : parts) {
      f = or(f, p);
    }
    return f;
  }

  static String not(String a) {
    if (a.equals(TRUE)) {
      return FALSE;
    }
    if (a.startsWith("(not ")) {
      return a.substring(5, a.length() - 1); // every formula starting so is one whole negation, built below
    }
    return a.equals(FALSE) ? TRUE : "(not " + a + ")";
  }

  static String implies(String a, String b) {
    return or(not(a), b);
  }

  static String iff(String a, String b) {
    if (a.equals(TRUE)) {
      return b;
    }
    if (b.equals(TRUE)) {
      return a;
    }
    return "(" + text(a) + " iff " + text(b) + ")";
  }

  /** The formula as Alloy text: constants spelled out. */
  static String text(String f) {
    if (f.equals(TRUE)) {
      return "(no none)";
    }
    return f.equals(FALSE) ? "(some none)" : f;
  }
}
