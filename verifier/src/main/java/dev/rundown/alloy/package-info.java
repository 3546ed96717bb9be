/**
 * The IR as an Alloy model of its traces (explicit states, see verifier/README.md), as text:
 * {@link dev.rundown.alloy.AlloyTranslator} turns a model at given bounds into an
 * {@link dev.rundown.alloy.AlloyModel} (the text, plus what is needed to read a solution back).
 * Pure: no Alloy API, no file system. Depends on {@code ir} only.
 */
package dev.rundown.alloy;
