package dev.rundown.semantics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.rundown.ir.Bounds;
import dev.rundown.ir.Model;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import dev.rundown.value.Value;
import java.util.List;

/**
 * Where each state variable lives in the {@code int[]} state at given bounds. Immutable; thread-safe.
 * Variables take consecutive slots in {@link Model#vars()} order, one slot per index tuple, tuples in
 * lexicographic order of their encoded values (the last index varies fastest).
 */
public final class Layout {
  private final Model model;
  private final Bounds bounds;
  private final int[] varBase;
  private final int[][] indexMin;
  private final int[][] indexSize;
  private final int[][] indexStride;
  private final int[] slotVar;
  private final int[] slotMin;
  private final int[] slotSize;
  private final ImmutableList<String> slotNames;

  public Layout(Model model, Bounds bounds) {
    this.model = model;
    this.bounds = bounds;
    List<StateVar> vars = model.vars();
    varBase = new int[vars.size()];
    indexMin = new int[vars.size()][];
    indexSize = new int[vars.size()][];
    indexStride = new int[vars.size()][];
    int total = 0;
    for (int v = 0; v < vars.size(); v++) {
      StateVar var = vars.get(v);
      int arity = var.index().size();
      indexMin[v] = new int[arity];
      indexSize[v] = new int[arity];
      indexStride[v] = new int[arity];
      int count = 1;
      for (int j = arity - 1; j >= 0; j--) {
        Type t = var.index().get(j);
        indexMin[v][j] = t.min();
        indexSize[v][j] = t.size(bounds);
        indexStride[v][j] = count;
        count = Math.multiplyExact(count, indexSize[v][j]);
      }
      varBase[v] = total;
      total = Math.addExact(total, count);
    }
    slotVar = new int[total];
    slotMin = new int[total];
    slotSize = new int[total];
    ImmutableList.Builder<String> names = ImmutableList.builderWithExpectedSize(total);
    for (int v = 0; v < vars.size(); v++) {
      StateVar var = vars.get(v);
      if (var.type() instanceof Type.UnboundedInt) {
        throw new IllegalArgumentException("state variable " + var.name() + " has an unbounded type");
      }
      for (int s = varBase[v]; s < varBase[v] + slotCount(v); s++) {
        slotVar[s] = v;
        slotMin[s] = var.type().min();
        slotSize[s] = var.type().size(bounds);
        names.add(slotName(var, index(s)));
      }
    }
    slotNames = names.build();
  }

  public Model model() {
    return model;
  }

  public Bounds bounds() {
    return bounds;
  }

  /** Number of slots of a state. */
  public int size() {
    return slotVar.length;
  }

  public int base(int var) {
    return varBase[var];
  }

  /** Number of slots of variable {@code var} (the product of its index type sizes). */
  public int slotCount(int var) {
    int next = var + 1 < varBase.length ? varBase[var + 1] : slotVar.length;
    return next - varBase[var];
  }

  public int indexMin(int var, int position) {
    return indexMin[var][position];
  }

  public int indexSize(int var, int position) {
    return indexSize[var][position];
  }

  public int indexStride(int var, int position) {
    return indexStride[var][position];
  }

  /** The variable that owns {@code slot}. */
  public int var(int slot) {
    return slotVar[slot];
  }

  /** The encoded index tuple of {@code slot} within its variable. */
  public int[] index(int slot) {
    int v = slotVar[slot];
    int rest = slot - varBase[v];
    int[] tuple = new int[indexMin[v].length];
    for (int j = 0; j < tuple.length; j++) {
      tuple[j] = indexMin[v][j] + rest / indexStride[v][j];
      rest %= indexStride[v][j];
    }
    return tuple;
  }

  /** The slot of variable {@code var} at an encoded index tuple, or -1 when the tuple is out of range. */
  public int slot(int var, int[] tuple) {
    int s = varBase[var];
    for (int j = 0; j < tuple.length; j++) {
      int pos = tuple[j] - indexMin[var][j];
      if (pos < 0 || pos >= indexSize[var][j]) {
        return -1;
      }
      s += pos * indexStride[var][j];
    }
    return s;
  }

  /** Smallest encoded value of a slot. */
  public int slotMin(int slot) {
    return slotMin[slot];
  }

  /** Number of values a slot can hold. */
  public int slotSize(int slot) {
    return slotSize[slot];
  }

  /** Display name: {@code Handle1.state}, {@code inflight}, {@code PostCreate(Stream1).c}. */
  public String slotName(int slot) {
    return slotNames.get(slot);
  }

  public ImmutableList<String> slotNames() {
    return slotNames;
  }

  /** The state as display values, in layout order. */
  public ImmutableMap<String, Value> toValues(int[] state) {
    ImmutableMap.Builder<String, Value> b = ImmutableMap.builderWithExpectedSize(state.length);
    for (int s = 0; s < state.length; s++) {
      b.put(slotNames.get(s), Values.decode(model.vars().get(slotVar[s]).type(), state[s]));
    }
    return b.buildOrThrow();
  }

  private static String slotName(StateVar var, int[] tuple) {
    if (var.role() == VarRole.GLOBAL || tuple.length == 0) {
      return var.role() == VarRole.GLOBAL ? var.name() : var.owner() + "." + var.name();
    }
    if (var.role() == VarRole.FIELD) {
      return Values.decode(var.index().get(0), tuple[0]) + "." + var.name();
    }
    StringBuilder sb = new StringBuilder(var.owner()).append('(');
    for (int j = 0; j < tuple.length; j++) {
      sb.append(j == 0 ? "" : ",").append(Values.decode(var.index().get(j), tuple[j]));
    }
    return sb.append(").").append(var.name()).toString();
  }
}
