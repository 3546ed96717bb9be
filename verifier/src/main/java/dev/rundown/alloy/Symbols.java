package dev.rundown.alloy;

import dev.rundown.ir.Bounds;
import dev.rundown.ir.Kind;
import dev.rundown.ir.Model;
import dev.rundown.ir.StateVar;
import dev.rundown.ir.Type;
import dev.rundown.ir.VarRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Alloy names of a model at given bounds: a sig per kind, enum and variable owner, an atom per instance
 * and enum value, a field per state variable. Immutable once built; names are allocated in model order, so
 * the same model and bounds always get the same names.
 */
final class Symbols {
  /**
   * How state variable {@code var} appears in Alloy: its field, declared in {@code sig}, which is either an owner
   * {@code one sig} ({@code ownerSig}, the first column) or the sig of the first index (ownerSig null).
   */
  record VarSym(StateVar var, String field, String ref, String ownerSig, String sig, String valueSig, boolean lone) {
    boolean hosted() {
      return ownerSig == null;
    }
  }

  final Model model;
  final Bounds bounds;
  final AlloyNames names = new AlloyNames();
  private final Map<String, String> kindSigs = new LinkedHashMap<>();
  private final Map<String, List<String>> instances = new LinkedHashMap<>();
  private final Map<String, String> enumSigs = new LinkedHashMap<>();
  private final Map<String, List<String>> enumValues = new LinkedHashMap<>();
  private final Map<String, Type.EnumType> enumTypes = new LinkedHashMap<>();
  /** Owner sigs of globals and routine variables, in order of first appearance. */
  final Map<String, String> ownerSigs = new LinkedHashMap<>();
  final List<VarSym> vars = new ArrayList<>();

  Symbols(Model model, Bounds bounds) {
    this.model = model;
    this.bounds = bounds;
    List<String> fieldNames = new ArrayList<>();
    for (StateVar v : model.vars()) {
      fieldNames.add(AlloyNames.field(hosted(v) && v.role() != VarRole.FIELD ? v.owner() + "_" + v.name() : v.name()));
    }
    Map<String, Integer> fieldUses = new TreeMap<>();
    fieldNames.forEach(f -> fieldUses.merge(f, 1, Integer::sum));
    fieldUses.keySet().forEach(names::reserve);
    for (Kind k : model.kinds()) {
      kindSigs.put(k.name(), names.fresh(k.name()));
    }
    for (Kind k : model.kinds()) {
      List<String> atoms = new ArrayList<>();
      for (int i = 0; i < bounds.of(k.name()); i++) {
        atoms.add(names.fresh(k.name() + (i + 1)));
      }
      instances.put(k.name(), atoms);
    }
    collectEnums();
    Map<String, Integer> valueUses = new TreeMap<>();
    enumTypes.values().forEach(e -> e.values().forEach(v -> valueUses.merge(AlloyNames.legal(v), 1, Integer::sum)));
    for (Type.EnumType e : enumTypes.values()) {
      enumSigs.put(e.name(), names.fresh(e.name()));
    }
    for (Type.EnumType e : enumTypes.values()) {
      List<String> atoms = new ArrayList<>();
      for (String v : e.values()) {
        boolean unique = valueUses.get(AlloyNames.legal(v)) == 1 && names.isFree(v);
        atoms.add(names.fresh(unique ? v : enumSigs.get(e.name()) + "_" + v));
      }
      enumValues.put(e.name(), atoms);
    }
    for (int i = 0; i < model.vars().size(); i++) {
      StateVar v = model.vars().get(i);
      String ownerSig = null;
      if (!hosted(v)) {
        String owner = v.role() == VarRole.GLOBAL ? "Globals" : v.owner();
        ownerSig = ownerSigs.computeIfAbsent(owner, o -> o.equals("Globals") ? "Globals" : names.fresh(o));
      }
      String field = fieldNames.get(i);
      String sig = ownerSig == null ? typeSig(v.index().get(0)) : ownerSig;
      String ref = fieldUses.get(field) == 1 ? field : "(" + sig + " <: " + field + ")";
      boolean intIndex = v.index().stream().anyMatch(t -> t instanceof Type.IntType);
      boolean optional = v.type() instanceof Type.KindType k && k.optional();
      vars.add(new VarSym(v, field, ref, ownerSig, sig, typeSig(v.type()), optional || intIndex));
    }
  }

  /**
   * Whether a variable is a field of the sig of its first index (a kind's field, or a routine variable indexed
   * first by a kind, enum or bool), rather than of an owner {@code one sig}: fewer columns, so Kodkod's limit
   * on universe size to the power of a relation's arity is met by larger models.
   */
  private static boolean hosted(StateVar v) {
    return v.role() == VarRole.FIELD
        || (v.role() != VarRole.GLOBAL && !v.index().isEmpty() && !(v.index().get(0) instanceof Type.IntType));
  }

  private void collectEnums() {
    for (StateVar v : model.vars()) {
      addEnum(v.type());
      v.index().forEach(this::addEnum);
    }
    model.actions().forEach(a -> a.params().forEach(p -> addEnum(p.type())));
    new TypeWalker(this::addEnum).model(model);
  }

  private void addEnum(Type t) {
    if (t instanceof Type.EnumType e) {
      enumTypes.putIfAbsent(e.name(), e);
    }
  }

  Iterable<Type.EnumType> enums() {
    return enumTypes.values();
  }

  String kindSig(String kind) {
    return kindSigs.get(kind);
  }

  List<String> instances(String kind) {
    return instances.get(kind);
  }

  String enumSig(String name) {
    return enumSigs.get(name);
  }

  List<String> enumValues(String name) {
    return enumValues.get(name);
  }

  /** The sig whose atoms are the values of {@code t}. */
  String typeSig(Type t) {
    if (t instanceof Type.BoolType) {
      return "Bool";
    }
    if (t instanceof Type.EnumType e) {
      return enumSig(e.name());
    }
    if (t instanceof Type.KindType k) {
      return kindSig(k.kind());
    }
    return "Int";
  }

  /** The Alloy text of encoded value {@code v} of type {@code t}. */
  String constant(Type t, int v) {
    if (t instanceof Type.BoolType) {
      return v != 0 ? "True" : "False";
    }
    if (t instanceof Type.EnumType e) {
      return enumValues(e.name()).get(v);
    }
    if (t instanceof Type.KindType k) {
      return v < 0 ? "none" : instances(k.kind()).get(v);
    }
    return v < 0 ? "minus[0, " + (-(long) v) + "]" : Integer.toString(v);
  }

  /** The encoded values of a finite type, in encoding order. */
  int[] domain(Type t) {
    int size = t.size(bounds);
    int[] values = new int[size];
    for (int i = 0; i < size; i++) {
      values[i] = t.min() + i;
    }
    return values;
  }
}
