/**
 * The explicit-state engine. {@link dev.rundown.explore.BfsExplorer} is one breadth-first loop over any
 * {@link dev.rundown.explore.TransitionSystem} ({@code int[]} states, numbered transitions): states packed
 * into {@code long} words, a seeded 64-bit fingerprint set (or exact storage that counts collisions) looked
 * up a batch of successors at a time, parent and transition number per state, checks on every state,
 * transition and terminal state, budgets and progress. For a compiled model it works on packed states
 * throughout: {@code MemoExpander} replays memoised binding effects (keyed by the packed bits of each
 * binding's footprint, {@code MemoPlan}) and {@code InvariantMemo} decides invariants one instance at a time.
 * {@link dev.rundown.explore.Symmetry} canonicalises states of models with symmetric kinds; {@link
 * dev.rundown.explore.ExplicitEngine} ties the compiled IR ({@code semantics.Interpreter}) to the explorer,
 * rebuilds concrete traces by replay and validates them. {@link dev.rundown.explore.Benchmark} measures a run.
 * {@link dev.rundown.explore.Minimizer} finds, among the shortest traces of a violation, one with the fewest
 * switches between actors ({@code --minimize}).
 *
 * <p>May depend on {@code semantics}, {@code engine}, {@code trace}, {@code ir}, {@code value} and Guava.
 * Examples: {@code BfsExplorerTest} (hand-built graphs), {@code HandlesTest} (the benchmark model).
 */
package dev.rundown.explore;
