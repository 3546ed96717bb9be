/**
 * The IR as an Alloy 6 temporal model, as text: {@link dev.rundown.alloy.AlloyTranslator} turns a model at given
 * bounds into an {@link dev.rundown.alloy.AlloyModel} (the text, plus what is needed to read a solution back).
 * Pure: no Alloy API, no file system. Depends on {@code ir} only.
 */
package dev.rundown.alloy;
