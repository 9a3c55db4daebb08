/**
 * The core's stores on SQLite, through Jdbi, with Flyway migrations in {@code db/migration}.
 *
 * <p>The application opens one {@link io.groupbuy.store.Database} from {@code BOT_DB_URL}, migrates it
 * (the {@code migrate} command does only that), hands {@link io.groupbuy.store.Database#transactions()}
 * to the core, reports {@link io.groupbuy.store.Database#ping()} on {@code /healthz}, and closes it
 * last on shutdown. Everything else in this package is reached through the core's ports.
 *
 * <p>Rules kept here: WAL; busy_timeout 5000; foreign keys on; synchronous FULL with group commit;
 * one writer connection (IMMEDIATE transactions) and a few query-only readers; transactions that are
 * short and hold no network call; SQL errors as {@link io.groupbuy.store.StoreException}. The SQL is
 * kept portable to PostgreSQL; the one SQLite-only construct, the generated row id, is the Flyway
 * placeholder {@code ${identity}}.
 */
package io.groupbuy.store;
