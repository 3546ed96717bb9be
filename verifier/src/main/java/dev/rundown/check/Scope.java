package dev.rundown.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables visible at a point of a body (parameters, locals, bound variables), innermost frame first.
 * Mutable: a frame grows as declarations are checked. Not thread-safe; one per body being checked.
 */
final class Scope {
  private final Scope parent;
  private final Map<String, TypedExpr.Var> vars = new LinkedHashMap<>();

  private Scope(Scope parent) {
    this.parent = parent;
  }

  static Scope root() {
    return new Scope(null);
  }

  Scope child() {
    return new Scope(this);
  }

  /** The innermost variable of that name, or null. */
  TypedExpr.Var lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      TypedExpr.Var v = s.vars.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  void put(TypedExpr.Var v) {
    vars.put(v.name(), v);
  }
}
