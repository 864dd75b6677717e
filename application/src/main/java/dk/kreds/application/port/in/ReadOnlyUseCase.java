package dk.kreds.application.port.in;

/**
 * A use case that only reads. Its unit of work is read-only, so a store that locks for writing (SQLite
 * takes one write lock per file) lets it run beside a writer, seeing what was committed before it
 * began.
 */
public interface ReadOnlyUseCase {}
