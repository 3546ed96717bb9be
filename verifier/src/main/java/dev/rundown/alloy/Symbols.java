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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /**
     * Whether the variable is a boolean kept as a set: its relation holds the index tuples where it is true, with
     * no value column (one column fewer: smaller CNF, and Kodkod's capacity, universe size to the power of the
     * arity, is met by larger models).
     */
    boolean flag() {
      return var.type() instanceof Type.BoolType;
    }

    /** The variable's value in state {@code state} (a name bound to a {@code State}): its relation less that column. */
    String at(String state) {
      return "(" + ref + "." + state + ")";
    }
  }

  /** The name of the state an action, formula or predicate reads: the first state of its step. */
  static final String PRE = "pre";
  /** The name of the state an action's step leads to. */
  static final String POST = "post";

  /**
   * Thrown when an instance of {@code kind}, translated as an anonymous sig, must be named (a loop or a
   * definedness check unrolled over it); {@link AlloyTranslator} then translates again with it named.
   */
  static final class NeedsNames extends RuntimeException {
    final String kind;

    NeedsNames(String kind) {
      super(kind, null, false, false);
      this.kind = kind;
    }
  }

  final Model model;
  final Bounds bounds;
  /** Symmetric kinds whose instances are the anonymous atoms of a plain sig, which Kodkod may permute. */
  private final Set<String> anonymous = new TreeSet<>();
  final AlloyNames names = new AlloyNames();
  private final Map<String, String> kindSigs = new LinkedHashMap<>();
  private final Map<String, List<String>> instances = new LinkedHashMap<>();
  private final Map<String, String> enumSigs = new LinkedHashMap<>();
  private final Map<String, List<String>> enumValues = new LinkedHashMap<>();
  private final Map<String, Type.EnumType> enumTypes = new LinkedHashMap<>();
  /**
   * The program-counter enums, whose values share the atoms of one sig ({@link #pcSig}): a model has hundreds of
   * labels over many routines, and Kodkod's capacity (universe size to the power of a relation's arity) is met
   * by larger models when the universe holds each label name once.
   */
  private final Set<String> pcEnums = new TreeSet<>();
  private final Map<String, String> pcAtoms = new LinkedHashMap<>();
  private final String pcSig;
  /** Owner sigs of globals and routine variables, in order of first appearance. */
  final Map<String, String> ownerSigs = new LinkedHashMap<>();
  final List<VarSym> vars = new ArrayList<>();

  /** The names of {@code model} at {@code bounds}; symmetric kinds not in {@code named} get anonymous instances. */
  Symbols(Model model, Bounds bounds, Set<String> named) {
    this.model = model;
    this.bounds = bounds;
    for (Kind k : model.kinds()) {
      if (k.symmetric() && !named.contains(k.name())) {
        anonymous.add(k.name());
      }
    }
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
    for (StateVar v : model.vars()) {
      if (v.role() == VarRole.PC && v.type() instanceof Type.EnumType e) {
        pcEnums.add(e.name());
      }
    }
    pcSig = pcEnums.isEmpty() ? null : names.fresh("Pc");
    Map<String, Integer> valueUses = new TreeMap<>();
    enumTypes.values().forEach(e -> e.values().forEach(v -> valueUses.merge(AlloyNames.legal(v), 1, Integer::sum)));
    for (Type.EnumType e : enumTypes.values()) {
      enumSigs.put(e.name(), pcEnums.contains(e.name()) ? pcSig : names.fresh(e.name()));
    }
    for (Type.EnumType e : enumTypes.values()) {
      if (pcEnums.contains(e.name())) {
        List<String> atoms = new ArrayList<>();
        e.values().forEach(v -> atoms.add(pcAtoms.computeIfAbsent(v, x -> names.fresh("pc_" + x))));
        enumValues.put(e.name(), atoms);
        continue;
      }
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

  /** The enums, in order of first appearance. */
  Iterable<Type.EnumType> enums() {
    return enumTypes.values();
  }

  /** Whether the values of enum {@code name} are atoms of the shared program-counter sig. */
  boolean sharesAtoms(String name) {
    return pcEnums.contains(name);
  }

  /** The shared program-counter sig, or null when the model has no routine. */
  String pcSig() {
    return pcSig;
  }

  /** The atoms of the shared program-counter sig. */
  List<String> pcAtoms() {
    return List.copyOf(pcAtoms.values());
  }

  String kindSig(String kind) {
    return kindSigs.get(kind);
  }

  List<String> instances(String kind) {
    return instances.get(kind);
  }

  /** Whether {@code kind}'s instances are anonymous atoms of a plain sig (see {@link NeedsNames}). */
  boolean anonymous(String kind) {
    return anonymous.contains(kind);
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
      if (v >= 0 && anonymous(k.kind())) {
        throw new NeedsNames(k.kind());
      }
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
