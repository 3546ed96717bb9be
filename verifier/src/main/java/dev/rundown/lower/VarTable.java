package dev.rundown.lower;

import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import dev.rundown.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state variables of the model being lowered, in creation order, found by owner and name.
 * Mutable while lowering runs; indices never change once given. Not thread-safe.
 */
final class VarTable {
  private final List<StateVar> vars = new ArrayList<>();
  private final Map<String, Integer> byName = new LinkedHashMap<>();

  private static String key(String owner, String name) {
    return owner + "\u0000" + name;
  }

  int add(StateVar v) {
    String key = key(v.owner(), v.name());
    if (byName.containsKey(key)) {
      throw new IllegalStateException("duplicate state variable " + v.owner() + "." + v.name());
    }
    byName.put(key, vars.size());
    vars.add(v);
    return vars.size() - 1;
  }

  /** Replaces a variable whose type was not known when it was added (a program counter). */
  void replace(int index, StateVar v) {
    StateVar old = vars.get(index);
    if (!old.owner().equals(v.owner()) || !old.name().equals(v.name())) {
      throw new IllegalArgumentException("replacing " + old.name() + " by " + v.name());
    }
    vars.set(index, v);
  }

  int index(String owner, String name) {
    Integer i = byName.get(key(owner, name));
    if (i == null) {
      throw new IllegalStateException("no state variable " + owner + "." + name);
    }
    return i;
  }

  /** The hidden variable {@code owner.name}, created at its default value on first use. */
  int hidden(String owner, String name, VarRole role, List<Type> index, Type type, Span span) {
    Integer i = byName.get(key(owner, name));
    if (i != null) {
      if (!vars.get(i).type().equals(type)) {
        throw new IllegalStateException("hidden variable " + owner + "." + name + " used at two types");
      }
      return i;
    }
    return add(new StateVar(name, owner, role, index, type, Types.defaultValue(type, span), span));
  }

  StateVar get(int index) {
    return vars.get(index);
  }

  List<StateVar> list() {
    return List.copyOf(vars);
  }
}
