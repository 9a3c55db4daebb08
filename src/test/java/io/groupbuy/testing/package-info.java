/**
 * Test doubles of our own ports. {@link io.groupbuy.testing.InMemoryStores} is the core's stores in
 * memory, held to the same contract tests as the SQLite stores.
 */
package io.groupbuy.testing;
