package dev.rundown.lower;

import dev.rundown.ir.Expr;
import dev.rundown.ir.Stmt;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Whose hidden variables a step creates: a routine or callback (LOCAL variables indexed by its parameters, which
 * are slots 0..n-1 of every step) or, for an action, the model (GLOBAL variables without index). Immutable.
 */
record Owner(String name, VarRole role, List<Type> indexTypes, List<Expr> index) {
  Owner {
    indexTypes = List.copyOf(indexTypes);
    index = List.copyOf(index);
  }

  static Owner model() {
    return new Owner("", VarRole.GLOBAL, List.of(), List.of());
  }

  /** A routine or callback with these parameter names and types. */
  static Owner procedure(String name, List<String> params, List<Type> types) {
    List<Expr> index = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      index.add(new Expr.Bound(i, params.get(i), types.get(i), Span.NONE));
    }
    return new Owner(name, VarRole.LOCAL, types, index);
  }

  /** The hidden variable {@code name} of this owner, created on first use. */
  int hidden(VarTable vars, String name, Type type, Span span) {
    return vars.hidden(this.name, name, role, indexTypes, type, span);
  }

  /** {@code var := its default}, at this owner's index. */
  Stmt.Assign reset(VarTable vars, int var, Span span) {
    return new Stmt.Assign(var, index, Types.defaultValue(vars.get(var).type(), span), span);
  }

  Expr read(int var, Type type, Span span) {
    return new Expr.Read(var, index, type, span);
  }

  /** Whether {@code e} keeps its value while this owner's instance waits (constants, slots, its own locals). */
  boolean stable(Expr e, VarTable vars) {
    if (e instanceof Expr.Const || e instanceof Expr.Bound) {
      return true;
    }
    if (e instanceof Expr.Read r) {
      var v = vars.get(r.var());
      return v.role() == VarRole.LOCAL && v.owner().equals(name) && r.index().stream().allMatch(i -> stable(i, vars));
    }
    if (e instanceof Expr.Unary u) {
      return stable(u.operand(), vars);
    }
    if (e instanceof Expr.Binary b) {
      return stable(b.left(), vars) && stable(b.right(), vars);
    }
    return false;
  }
}
