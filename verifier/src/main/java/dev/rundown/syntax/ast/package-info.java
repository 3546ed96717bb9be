/**
 * The abstract syntax tree of a {@code .rundown} file: immutable sealed records carrying spans only
 * (no parser state). Produced by {@code syntax.Parser}, consumed by {@code check}. Depends on {@code source}.
 */
package dev.rundown.syntax.ast;
