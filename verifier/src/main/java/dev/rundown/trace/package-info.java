/**
 * Traces as plain data: {@link dev.rundown.trace.Trace}, {@link dev.rundown.trace.TraceStep},
 * {@link dev.rundown.trace.ActionCall}. No model logic; producers are the engines, consumers the
 * reports, replay and scenario generation; {@link dev.rundown.trace.TraceJson} and {@link dev.rundown.trace.TraceText}
 * render the trace.json and trace.txt artefacts. Depends on {@code value}, Guava and Jackson.
 */
package dev.rundown.trace;
