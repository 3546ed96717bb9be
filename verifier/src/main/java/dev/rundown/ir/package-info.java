/**
 * The lowered model: kinds, indexed state variables, guarded atomic actions and properties, with no
 * routines, API calls or callbacks left (lowering compiles them to program-counter actions).
 * Bound-independent; {@link dev.rundown.ir.Bounds} instantiates it for a run. The IR interpreter in
 * {@code semantics} defines what it means; every engine consumes it. Depends on {@code source} only.
 */
package dev.rundown.ir;
