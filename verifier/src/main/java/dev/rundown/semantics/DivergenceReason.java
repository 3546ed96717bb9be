package dev.rundown.semantics;

/**
 * Why a replayed step cannot be taken from the state it is asked in. Stable names: tests and tools match on
 * them, never on the wording of a message.
 */
public enum DivergenceReason {
  /** The model has no action of that name. */
  UNKNOWN_ACTION,
  /** Wrong number of arguments, or an argument that is not a value of its parameter's type at these bounds. */
  BAD_ARGUMENTS,
  /** A routine or callback step whose instance's program counter is at another step. */
  PC_ELSEWHERE,
  /** The action's guard (or a blocking condition of the step) is false. */
  GUARD_FALSE,
  /** The binding is enabled but none of its runs made the requested either/choose choices. */
  NO_SUCH_CHOICES
}
