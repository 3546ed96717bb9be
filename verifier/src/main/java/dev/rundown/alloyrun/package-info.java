/**
 * The Alloy engine: {@link dev.rundown.alloyrun.AlloyApi} (the only class importing the Alloy API; calls
 * serialised), {@link dev.rundown.alloyrun.AlloyEngine} (the solve strategy), and the decoding of a solution
 * into a replayed {@link dev.rundown.trace.Trace}. Depends on {@code alloy}, {@code semantics}, {@code engine},
 * {@code trace}, {@code ir}, {@code value}, {@code source}, and the Alloy jars.
 */
package dev.rundown.alloyrun;
