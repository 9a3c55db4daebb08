package io.groupbuy;

import io.groupbuy.app.Commands;
import io.groupbuy.app.config.BotConfig;
import io.groupbuy.app.config.ConfigException;
import io.groupbuy.links.ParseLinkCommand;
import io.groupbuy.store.StoreException;
import java.io.PrintStream;
import java.util.Arrays;

/** CLI entry: run (default), demo, parse-link, sandbox, migrate, --help. */
public final class Main {
    static final String USAGE = """
            groupbuy-bot — a group-buying chat bot for Telegram and LINE on the PandaPon purchasing agent

            Usage: java -jar groupbuy-bot.jar [command] [options]

            Commands:
              run                         the long-running bot (default). With no credentials at all it starts in
                                          sandbox mode: embedded PandaPon simulator, SQLite and the web playground
              demo [--lang en|th|zh]      a scripted group-buy session against the sandbox; prints the transcript
              parse-link [--offline] TEXT prints the products found in TEXT as JSON ("-" reads standard input);
                                          --offline leaves short links unresolved
              sandbox                     only the PandaPon simulator, on PANDAPON_SANDBOX_PORT
              migrate                     applies database migrations and exits
              --help                      this text

            More: callback-url (prints the PandaPon callback URL to register), healthcheck (asks /healthz of the
            local bot; exit 0 when ready).

            Configuration: bot-config/bot.yaml (or the file named by BOT_CONFIG), overridden by environment
            variables of the same names. See README.md.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "run" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (command) {
                case "--help", "-h", "help" -> {
                    out.print(USAGE);
                    yield 0;
                }
                case "parse-link" -> ParseLinkCommand.run(rest, out, err);
                case "run" -> Commands.run(config());
                case "demo" -> Commands.demo(rest, config(), out, err);
                case "sandbox" -> Commands.sandbox(config(), out);
                case "migrate" -> Commands.migrate(config(), out);
                case "healthcheck" -> Commands.healthcheck(config(), out);
                case "callback-url" -> Commands.callbackUrl(config(), out);
                default -> {
                    err.println("Unknown command: " + command);
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (ConfigException e) {
            err.println("Configuration error: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("Database error (" + e.kind() + "): " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (IllegalStateException e) {
            err.println("Cannot " + command + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("Cannot " + command + ": " + describe(e));
            return 1;
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage());
        }
        if (e.getCause() != null && e.getCause() != e) {
            sb.append(" (").append(describe(e.getCause())).append(")");
        }
        return sb.toString();
    }

    private static BotConfig config() {
        return Commands.config();
    }
}
