/**
 * Display values of states and traces ({@link dev.rundown.value.Value}): booleans, integers, enum
 * values, kind instances and none. Depends on nothing.
 */
package dev.rundown.value;
