package dev.rundown.alloy;

import dev.rundown.ir.Model;
import dev.rundown.ir.PropertyKind;
import dev.rundown.ir.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A model translated to Alloy at given bounds: the text (sigs, predicates, facts, assertions; no commands)
 * and what a solver's answer is read with: per state variable the relation to evaluate, per action its
 * label atom and (for a routine's or callback's step) its step atom, per property the formulas that say where it
 * fails. Immutable.
 */
public final class AlloyModel {
  /**
   * Where property {@code property} fails: {@code formula}, over the state {@code pre}, holding in state i means a
   * violation after i + {@code offset} steps (offset 1 for a failure recorded on the step leaving state i).
   */
  public record Probe(String formula, int offset) {}

  /**
   * How to read a state variable: evaluate {@code relation} (its last column is the state); a variable hosted by
   * the sig of its first index has no owner column, and a boolean kept as a set ({@code flag}) no value column.
   */
  public record VarRelation(String relation, boolean hosted, boolean flag) {}

  private final Model model;
  private final Symbols sym;
  private final String declarations;
  private final String text;
  private final int intBits;
  /** Kinds translated as a plain sig: sig name to number of atoms, in model order. */
  private final Map<String, Integer> plainSigs;
  private final List<VarRelation> vars;
  private final Map<String, Integer> atoms;
  private final Map<String, List<String>> enumAtoms;
  private final List<String> labels;
  private final List<String> steps;
  private final List<String> failsPreds;
  private final List<String> asserts;
  private final List<List<Probe>> probes;
  private final List<String> failures;
  private final int args;

  AlloyModel(Model model, Symbols sym, String declarations, String text, int intBits,
      Map<String, Integer> plainSigs, List<VarRelation> vars, Map<String, Integer> atoms,
      Map<String, List<String>> enumAtoms, List<String> labels, List<String> steps, List<String> failsPreds,
      List<String> asserts, List<List<Probe>> probes, List<String> failures, int args) {
    this.model = model;
    this.sym = sym;
    this.declarations = declarations;
    this.text = text;
    this.intBits = intBits;
    this.plainSigs = Collections.unmodifiableMap(new LinkedHashMap<>(plainSigs));
    this.vars = List.copyOf(vars);
    this.atoms = Map.copyOf(atoms);
    this.enumAtoms = Map.copyOf(enumAtoms);
    this.labels = List.copyOf(labels);
    this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
    this.failsPreds = List.copyOf(failsPreds);
    this.asserts = List.copyOf(asserts);
    this.probes = List.copyOf(probes);
    this.failures = failures;
    this.args = args;
  }

  public Model model() {
    return model;
  }

  /** A copy of the names given out, to allocate more from without clashing. */
  AlloyNames names() {
    return sym.names.copy();
  }

  /** The atom recording a failure of property {@code property} on a step (an assert or WellDefined). */
  String failureAtom(int property) {
    String atom = failures.get(property);
    if (atom == null) {
      throw new IllegalArgumentException(model.properties().get(property).name() + " is not recorded on steps");
    }
    return atom;
  }

  /**
   * The formula that in {@code state} the step taken is action {@code action} with arguments {@code values}
   * (encoded), breaking exactly the properties {@code violated}.
   */
  String fired(int action, int[] values, int[] violated, String state) {
    return "(" + called(action, values, state) + " and " + failed(violated, state) + ")";
  }

  /** The formula that in {@code state} the step taken is action {@code action} with arguments {@code values}. */
  String called(int action, int[] values, String state) {
    List<String> parts = new ArrayList<>();
    parts.add(state + ".action = " + labels.get(action));
    if (hasSteps()) {
      parts.add(steps.get(action) == null ? "no " + state + ".step" : state + ".step = " + steps.get(action));
    }
    var params = model.actions().get(action).params();
    for (int i = 0; i < args; i++) {
      String field = state + ".arg" + (i + 1);
      parts.add(i < values.length ? field + " = " + sym.constant(params.get(i).type(), values[i]) : "no " + field);
    }
    return "(" + String.join(" and ", parts) + ")";
  }

  /** The formula that the step leaving {@code state} breaks exactly the properties {@code violated}. */
  String failed(int[] violated, String state) {
    List<String> failed = new ArrayList<>();
    for (int p : violated) {
      failed.add(failureAtom(p));
    }
    return failed.isEmpty() ? "no " + state + ".failed" : state + ".failed = " + String.join(" + ", failed);
  }

  /** The model's sigs, predicates, facts and assertions, without commands. */
  public String text() {
    return text;
  }

  /**
   * The text without the facts that make the states a trace: the sigs and predicates only, so that a command may
   * speak of states that are not initial or not linked by steps (see {@link Certificate}).
   */
  public String declarations() {
    return declarations;
  }

  Symbols symbols() {
    return sym;
  }

  /** The Alloy integer bit width that holds every integer the model computes. */
  public int intBits() {
    return intBits;
  }

  public List<VarRelation> vars() {
    return vars;
  }

  /** Whether routine and callback steps share their owner's label, told apart by {@code s.step}. */
  public boolean hasSteps() {
    return steps.stream().anyMatch(Objects::nonNull);
  }

  /** The number of {@code State.argN} fields (the most parameters of any action). */
  public int argFields() {
    return args;
  }

  public List<Probe> probes(int property) {
    return probes.get(property);
  }

  /**
   * The encoded value of an atom as Alloy prints it ({@code Handle2$0}, {@code Open$0}, {@code True$0},
   * {@code -3}; {@code Handle$2}, the third instance, of a kind translated as a plain sig), read as a value of
   * {@code type}.
   */
  public int decode(Type type, String atom) {
    if (type instanceof Type.IntType || type instanceof Type.UnboundedInt) {
      return Integer.parseInt(atom);
    }
    int dollar = atom.indexOf('$');
    if (type instanceof Type.KindType && dollar > 0 && plainSigs.containsKey(atom.substring(0, dollar))) {
      return Integer.parseInt(atom.substring(dollar + 1));
    }
    if (type instanceof Type.EnumType e) {
      int v = enumAtoms.get(e.name()).indexOf(dollar < 0 ? atom : atom.substring(0, dollar));
      if (v < 0) {
        throw new IllegalArgumentException("atom " + atom + " is no value of " + e.name());
      }
      return v;
    }
    Integer v = atoms.get(dollar < 0 ? atom : atom.substring(0, dollar));
    if (v == null) {
      throw new IllegalArgumentException("unknown atom " + atom);
    }
    return v;
  }

  /**
   * The action whose label atom is {@code label} and step atom {@code step} (null: no step), as Alloy prints them
   * ({@code Fired_open$0}); -1 if none.
   */
  public int action(String label, String step) {
    for (int a = 0; a < labels.size(); a++) {
      if (labels.get(a).equals(bare(label)) && Objects.equals(steps.get(a), step == null ? null : bare(step))) {
        return a;
      }
    }
    return -1;
  }

  private static String bare(String atom) {
    int dollar = atom.indexOf('$');
    return dollar < 0 ? atom : atom.substring(0, dollar);
  }

  /** The property whose failure atom is {@code atom} (an assert or WellDefined), or -1. */
  public int failure(String atom) {
    int dollar = atom.indexOf('$');
    return failures.indexOf(dollar < 0 ? atom : atom.substring(0, dollar));
  }

  /**
   * The scope of a command over traces of {@code steps} steps: that many + 1 states (a shorter run ends in
   * stutters), the integer width, and the exact size of each kind translated as a plain sig.
   */
  public String scope(int steps) {
    List<String> scopes = new ArrayList<>();
    scopes.add(intBits + " Int");
    scopes.add("exactly " + (steps + 1) + " State");
    plainSigs.forEach((sig, n) -> scopes.add("exactly " + n + " " + sig));
    return "for 1 but " + String.join(", ", scopes);
  }

  /** A check that every property in {@code properties} (indices) holds, over traces of {@code steps} steps. */
  public String checkCommand(List<Integer> properties, int steps) {
    List<String> checks = new ArrayList<>();
    String anywhere = properties.stream().filter(p -> !atLast(model.properties().get(p).kind()))
        .map(p -> failsPreds.get(p) + "[pre]").collect(Collectors.joining(" or "));
    if (!anywhere.isEmpty()) {
      checks.add("(all pre: State | not (" + anywhere + "))");
    }
    String last = properties.stream().filter(p -> atLast(model.properties().get(p).kind()))
        .map(p -> failsPreds.get(p) + "[last]").collect(Collectors.joining(" or "));
    if (!last.isEmpty()) {
      checks.add("(not (" + last + "))");
    }
    return "check { " + String.join(" and ", checks) + " } " + scope(steps);
  }

  /**
   * Whether a property of {@code kind} is checked in the last state only: an at-end or hang property fails only
   * in a deadlocked state, from which every step is a stutter, so a trace that breaks it anywhere breaks it in
   * its last state too; checking one state instead of every one makes the solver's task far smaller.
   */
  public static boolean atLast(PropertyKind kind) {
    return kind == PropertyKind.AT_END || kind == PropertyKind.HANG;
  }

  /**
   * The text a reviewer opens in the Alloy Analyzer: {@code header} as comment lines, the model, and a check
   * per property over traces of up to {@code steps} steps.
   */
  public String document(List<String> header, int steps) {
    StringBuilder sb = new StringBuilder();
    header.forEach(h -> sb.append("-- ").append(h).append('\n'));
    sb.append('\n').append(text).append('\n');
    for (String a : asserts) {
      sb.append("check ").append(a).append(' ').append(scope(steps)).append('\n');
    }
    return sb.toString();
  }
}
