/**
 * Lowering: the single place where routines, API operations and callbacks become plain guarded actions.
 * {@link dev.rundown.lower.Lowering#lower} compiles a {@code check.CheckedModel} to an {@code ir.Model}.
 *
 * <p>{@code StepLowering} lowers what runs in one atomic step (actions, {@code atomic} blocks, single-step
 * operation calls inlined with their guards and results, {@code return} in tail position);
 * {@code ProcedureCompiler} compiles a routine or callback PlusCal-style into one action per step over a
 * program counter ({@code s1..sN} then {@code done}, or {@code idle, s1..sN, returned} for a callback), with
 * hidden locals named with a {@code $} ({@code x$k}, {@code x$k$todo}, {@code Api$param}, {@code Callback$param})
 * that users cannot write; {@code PropertyLowering} fixes the property order (declared ones, then the HANG
 * property, then {@code WellDefined}).
 *
 * <p>Depends on {@code check}, {@code ir}, {@code source} and Guava. The result passes
 * {@code ir.IrValidator}; see {@code RoutineLoweringTest} and {@code InliningTest} for the shapes it produces.
 */
package dev.rundown.lower;
