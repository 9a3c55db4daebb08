package io.groupbuy;

import io.groupbuy.links.ParseLinkCommand;
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
        return switch (command) {
            case "--help", "-h", "help" -> {
                out.print(USAGE);
                yield 0;
            }
            case "parse-link" -> ParseLinkCommand.run(rest, out, err);
            default -> {
                err.println("Unknown command: " + command);
                err.print(USAGE);
                yield 2;
            }
        };
    }
}
