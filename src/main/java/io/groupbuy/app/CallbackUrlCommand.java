package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import io.groupbuy.core.Secret;
import io.groupbuy.store.Database;
import java.io.PrintStream;
import java.time.Clock;

/**
 * {@code callback-url}: prints the full PandaPon callback URL to enter in the PandaPon console (the
 * start-up log shows it masked, as the token is a secret). Creates the token if the bot never ran.
 */
final class CallbackUrlCommand {
    private CallbackUrlCommand() {
    }

    static int run(BotConfig config, PrintStream out) {
        try (Database db = Database.open(config.dbUrl())) {
            db.migrate();
            Secret token = CallbackToken.resolve(config.pandapon().callbackToken(), db, Clock.systemUTC());
            String base = config.publicUrl().map(Object::toString).orElse("https://<your-public-host>");
            out.println(base + "/pandapon/callback/" + token.reveal());
            return 0;
        }
    }
}
