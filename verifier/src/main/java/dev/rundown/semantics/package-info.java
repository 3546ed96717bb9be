/**
 * The IR interpreter: the one definition of what a step of a model does. {@link
 * dev.rundown.semantics.Interpreter} compiles an {@code ir.Model} at given bounds into small nodes over
 * {@code int[]} states laid out by {@link dev.rundown.semantics.Layout}; it yields the initial state, the
 * transitions of a state in a deterministic order, and the state properties' verdicts.
 * {@link dev.rundown.semantics.Traces} turns paths into {@code trace.Trace}s; {@link
 * dev.rundown.semantics.Replayer} is the one definition of replaying named steps (why a step is not enabled,
 * which properties fail where), used by {@link dev.rundown.semantics.TraceValidator}, which confirms an
 * engine's trace, and by the {@code replay} runtime.
 *
 * <p>May depend on {@code ir}, {@code trace}, {@code value}, {@code source} and Guava; nothing else.
 * Example: {@code InterpreterTest}.
 */
package dev.rundown.semantics;
