package dev.rundown.alloy;

import java.util.Arrays;

/**
 * What names mean at one point of a translated action or formula: the Alloy text bound to each environment
 * slot (with its integer range), and the relation that holds each state variable's current value (null: the
 * variable's own field, unchanged so far). Immutable: every change gives a new scope.
 */
final class Scope {
  /** The text of a bound slot and, for integers, the range of its values. */
  record Binding(String text, long lo, long hi) {}

  private final Binding[] slots;
  private final String[] rels;

  Scope(int slots, int vars) {
    this.slots = new Binding[slots];
    this.rels = new String[vars];
  }

  private Scope(Binding[] slots, String[] rels) {
    this.slots = slots;
    this.rels = rels;
  }

  Binding slot(int slot) {
    Binding b = slot < slots.length ? slots[slot] : null;
    if (b == null) {
      throw new IllegalStateException("unbound slot " + slot);
    }
    return b;
  }

  Scope bind(int slot, Binding binding) {
    Binding[] s = Arrays.copyOf(slots, Math.max(slots.length, slot + 1));
    s[slot] = binding;
    return new Scope(s, rels);
  }

  /** The relation holding variable {@code var}'s current value, or null when it is the variable's field. */
  String rel(int var) {
    return rels[var];
  }

  Scope withRel(int var, String rel) {
    String[] r = rels.clone();
    r[var] = rel;
    return new Scope(slots, r);
  }
}
