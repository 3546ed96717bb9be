/**
 * Source text and positions: {@link dev.rundown.source.SourceFile} (text and line index) and
 * {@link dev.rundown.source.Span} (offset range). Depends on nothing; every later stage carries spans.
 */
package dev.rundown.source;
