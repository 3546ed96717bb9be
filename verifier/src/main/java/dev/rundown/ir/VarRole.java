package dev.rundown.ir;

/** Where a state variable comes from, for display and for symmetry. */
public enum VarRole {
  /** A kind's field: indexed by one instance of {@code owner}, the kind. */
  FIELD,
  /** A global: no index. */
  GLOBAL,
  /** A routine's or callback's program counter: indexed by the owner's parameters. */
  PC,
  /** A routine's or callback's local (including hidden temporaries): indexed by the owner's parameters. */
  LOCAL,
  /** A callback's result slot: indexed by the callback's parameters. */
  RESULT
}
