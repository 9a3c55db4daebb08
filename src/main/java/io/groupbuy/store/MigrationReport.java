package io.groupbuy.store;

/**
 * What {@link Database#migrate()} did: the schema version before and after (null before the first
 * migration) and how many migrations ran.
 */
public record MigrationReport(String fromVersion, String toVersion, int applied) {
}
