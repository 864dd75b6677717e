/**
 * Storage on SQLite (the embedded default) and PostgreSQL: the repository and unit-of-work out-ports
 * over plain JDBC, with the schema managed by Flyway. Start at {@link dk.kreds.adapter.jdbc.JdbcStorage}.
 */
package dk.kreds.adapter.jdbc;
