/**
 * The pipeline: turns PATH arguments into model files, runs load, parse, check, lower, IR validation,
 * bounds and the engine in order, and returns typed results ({@link dev.rundown.pipeline.ModelRun},
 * {@link dev.rundown.pipeline.VerifyResult}). The driver stops a model at the first stage that reports errors.
 * Counterexample files: {@link dev.rundown.pipeline.Counterexample} (model keys, trace files with the
 * {@link dev.rundown.pipeline.SourceHash}) and {@link dev.rundown.pipeline.ArtefactWriter} (never overwrites
 * silently).
 *
 * <p>Only this package (and {@code cli}) touches the file system. May depend on every package below it
 * ({@code source, diag, syntax, check, lower, ir, value, trace, engine, semantics, explore}), never on
 * {@code report} or {@code cli}. Usage: see {@code DriverTest} and {@code SourceLoaderTest}.
 */
package dev.rundown.pipeline;
