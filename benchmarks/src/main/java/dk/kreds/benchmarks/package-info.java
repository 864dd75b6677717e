/**
 * Benchmarks and load harnesses, one package per area (storage, mixing, cli, web). Run by hand as
 * {@code docs/benchmarks.md} tells; {@code ./mvnw verify} only compiles them.
 */
package dk.kreds.benchmarks;
