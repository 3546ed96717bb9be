package dev.rundown.alloy;

import dev.rundown.ir.Model;
import dev.rundown.ir.Type;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A model translated to Alloy 6 at given bounds: the text (sigs, predicates, facts, assertions; no commands)
 * and what a solver's answer is read with: per state variable the relation to evaluate, per action its
 * label atom, per property the formulas that say where it fails. Immutable.
 */
public final class AlloyModel {
  /**
   * Where property {@code property} fails: {@code formula} holding in state i means a violation after
   * i + {@code offset} steps (offset 1 for a failure recorded on the step leaving state i).
   */
  public record Probe(String formula, int offset) {}

  /** How to read state variable {@code var}: evaluate {@code relation}; a variable hosted by the sig of its first index has no owner column. */
  public record VarRelation(String relation, boolean hosted) {}

  private final Model model;
  private final String text;
  private final int intBits;
  private final List<VarRelation> vars;
  private final Map<String, Integer> atoms;
  private final List<String> labels;
  private final List<String> failsPreds;
  private final List<String> asserts;
  private final List<List<Probe>> probes;
  private final List<String> failures;
  private final int args;

  AlloyModel(Model model, String text, int intBits, List<VarRelation> vars, Map<String, Integer> atoms,
      List<String> labels, List<String> failsPreds, List<String> asserts, List<List<Probe>> probes, List<String> failures, int args) {
    this.model = model;
    this.text = text;
    this.intBits = intBits;
    this.vars = List.copyOf(vars);
    this.atoms = Map.copyOf(atoms);
    this.labels = List.copyOf(labels);
    this.failsPreds = List.copyOf(failsPreds);
    this.asserts = List.copyOf(asserts);
    this.probes = List.copyOf(probes);
    this.failures = failures;
    this.args = args;
  }

  public Model model() {
    return model;
  }

  /** The model's sigs, predicates, facts and assertions, without commands. */
  public String text() {
    return text;
  }

  /** The Alloy integer bit width that holds every integer the model computes. */
  public int intBits() {
    return intBits;
  }

  public List<VarRelation> vars() {
    return vars;
  }

  /** The label atom (sig name) of action {@code action}: {@code Fired.action} in a state names it. */
  public String label(int action) {
    return labels.get(action);
  }

  public int labelCount() {
    return labels.size();
  }

  /** The number of {@code Fired.argN} fields (the most parameters of any action). */
  public int argFields() {
    return args;
  }

  public List<Probe> probes(int property) {
    return probes.get(property);
  }

  /**
   * The encoded value of an atom as Alloy prints it ({@code Handle2$0}, {@code Open$0}, {@code True$0},
   * {@code -3}), read as a value of {@code type}.
   */
  public int decode(Type type, String atom) {
    if (type instanceof Type.IntType || type instanceof Type.UnboundedInt) {
      return Integer.parseInt(atom);
    }
    int dollar = atom.indexOf('$');
    Integer v = atoms.get(dollar < 0 ? atom : atom.substring(0, dollar));
    if (v == null) {
      throw new IllegalArgumentException("unknown atom " + atom);
    }
    return v;
  }

  /** The action whose label atom is {@code atom}, or -1. */
  public int action(String atom) {
    int dollar = atom.indexOf('$');
    return labels.indexOf(dollar < 0 ? atom : atom.substring(0, dollar));
  }

  /** The property whose failure atom is {@code atom} (an assert or WellDefined), or -1. */
  public int failure(String atom) {
    int dollar = atom.indexOf('$');
    return failures.indexOf(dollar < 0 ? atom : atom.substring(0, dollar));
  }

  /** The scope of a command over traces of {@code minSteps}..{@code maxSteps} steps (states = steps + 1). */
  public String scope(int minSteps, int maxSteps) {
    return "for " + intBits + " Int, " + (minSteps + 1) + ".." + (maxSteps + 1) + " steps";
  }

  /** A check that every property in {@code properties} (indices) holds, over the given trace lengths. */
  public String checkCommand(List<Integer> properties, int minSteps, int maxSteps) {
    String fails = properties.stream().map(failsPreds::get).collect(Collectors.joining(" or "));
    return "check { always not (" + fails + ") } " + scope(minSteps, maxSteps);
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
      sb.append("check ").append(a).append(' ').append(scope(0, steps)).append('\n');
    }
    return sb.toString();
  }
}
