/**
 * Traces as plain data: {@link dev.rundown.trace.Trace}, {@link dev.rundown.trace.TraceStep},
 * {@link dev.rundown.trace.ActionCall}. No model logic; producers are the engines, consumers the
 * reports and (later) scenario generation. Depends on {@code value}.
 */
package dev.rundown.trace;
