package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import io.groupbuy.app.config.ConfigLoader;
import java.io.PrintStream;

/** The commands that need the configuration, for {@link io.groupbuy.Main}. */
public final class Commands {
    private Commands() {
    }

    public static int run(BotConfig config) throws InterruptedException {
        return RunCommand.run(config);
    }

    public static int demo(String[] args, BotConfig config, PrintStream out, PrintStream err) throws Exception {
        return DemoCommand.run(args, config, out, err);
    }

    public static int sandbox(BotConfig config, PrintStream out) throws InterruptedException {
        RunCommand.applyLogLevel(config.logLevel());
        return SandboxCommand.run(config, out);
    }

    public static int migrate(BotConfig config, PrintStream out) {
        return MigrateCommand.run(config, out);
    }

    public static int healthcheck(BotConfig config, PrintStream out) {
        return HealthcheckCommand.run(config, out);
    }

    public static int callbackUrl(BotConfig config, PrintStream out) {
        return CallbackUrlCommand.run(config, out);
    }

    public static BotConfig config() {
        return ConfigLoader.fromEnvironment();
    }
}
