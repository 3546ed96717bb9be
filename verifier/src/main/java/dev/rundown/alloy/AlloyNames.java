package dev.rundown.alloy;

import java.util.Set;
import java.util.TreeSet;

/**
 * Allocates Alloy identifiers: a readable name made legal (letters, digits and {@code _}), never an Alloy
 * keyword, never one given out before. Deterministic: the same requests in the same order give the same names.
 */
final class AlloyNames {
  private static final Set<String> RESERVED = Set.of(
      "abstract", "after", "all", "always", "and", "as", "assert", "before", "but", "check", "disj", "else",
      "enabled", "event", "eventually", "exactly", "expect", "extends", "fact", "for", "fun", "historically",
      "iden", "iff", "implies", "in", "Int", "int", "let", "lone", "module", "no", "none", "not", "once", "one",
      "open", "or", "pred", "private", "releases", "run", "seq", "set", "sig", "since", "some", "steps", "String",
      "sum", "this", "triggered", "univ", "until", "var", "enum", "modifies", "Bool", "True",
      "False", "Label", "Failure", "stutter", "unchanged", "deadlocked", "init", "transitions", "transition", "frame",
      "finite", "plus", "minus", "mul", "div", "rem", "TRUE", "FALSE", "Globals", "State", "pre", "post",
      "initial", "action", "failed", "first", "last", "next", "prev", "nexts", "prevs", "lt", "gt", "lte", "gte",
      "larger", "smaller", "max", "min", "elem", "ordering", "util");
  private final TreeSet<String> used = new TreeSet<>();

  /** {@code raw} made legal and unique (a numeric suffix when taken). */
  String fresh(String raw) {
    String base = legal(raw);
    String name = base;
    for (int i = 2; reserved(name) || used.contains(name); i++) {
      name = base + "_" + i;
    }
    used.add(name);
    return name;
  }

  /**
   * {@code raw} made legal and unique, such that no name given out so far starts with it and an underscore: a
   * prefix for a family of names.
   */
  String freshPrefix(String raw) {
    String base = legal(raw);
    String name = base;
    for (int i = 2; reserved(name) || used.contains(name) || startsAny(name + "_"); i++) {
      name = base + i;
    }
    used.add(name);
    return name;
  }

  private boolean startsAny(String prefix) {
    String next = used.ceiling(prefix);
    return next != null && next.startsWith(prefix);
  }

  /** Marks {@code name} as taken without giving it out (field names, which local names must not shadow). */
  void reserve(String name) {
    used.add(name);
  }

  /** A copy to allocate local names from: it avoids every name given out so far. */
  AlloyNames copy() {
    AlloyNames c = new AlloyNames();
    c.used.addAll(used);
    return c;
  }

  /** Whether {@code raw}, made legal, is still free. */
  boolean isFree(String raw) {
    String name = legal(raw);
    return !reserved(name) && !used.contains(name);
  }

  /** Alloy keywords, the names of util/ordering and of the translation's own sigs, fields and predicates. */
  private static boolean reserved(String name) {
    return RESERVED.contains(name) || name.matches("arg[0-9]+");
  }

  /** Letters, digits and underscores only, starting with a letter. */
  static String legal(String raw) {
    StringBuilder sb = new StringBuilder();
    for (char c : raw.toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
    }
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
      sb.insert(0, 'x');
    }
    return sb.toString();
  }

  /** A field name: legal and not a keyword (fields live in their sig's namespace). */
  static String field(String raw) {
    String name = legal(raw);
    return reserved(name) ? name + "_" : name;
  }
}
