/**
 * Counterexamples as JUnit 5 source: {@link dev.rundown.scenario.ScenarioGenerator} turns a
 * {@link dev.rundown.scenario.ScenarioSpec} (model path, bounds, source hash, the steps of a trace, the expected
 * outcome) into the text of one test class, and {@link dev.rundown.scenario.ScenarioFile} reads such a text back;
 * {@link dev.rundown.scenario.Overwrite} decides whether a generated text may replace a file. Pure functions of
 * their input: no file system, no clock. Depends on {@code trace} and {@code value} only. The generated code
 * calls {@code dev.rundown.replay} and {@code dev.rundown.fixture}. Tests: {@code ScenarioGeneratorTest}.
 */
package dev.rundown.scenario;
