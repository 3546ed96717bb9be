/**
 * Diagnostics: the stable code catalogue ({@link dev.rundown.diag.DiagnosticCode}, RDnnn), the
 * collector used by each stage, and the renderer ({@code file:line:col}, source line, caret).
 * Depends on {@code source} only. Example: {@code DiagnosticRenderer.render(Diagnostic.error(RD104, span, "expected :"))}.
 */
package dev.rundown.diag;
