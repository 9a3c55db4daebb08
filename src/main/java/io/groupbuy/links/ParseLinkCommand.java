package io.groupbuy.links;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * {@code parse-link [--offline] TEXT…}: prints the products found in TEXT as one line of JSON (DESIGN.md §3).
 * Several TEXT arguments are joined with spaces; a single {@code -} reads standard input. Without
 * {@code --offline} short links are resolved on the real hosts; one that fails stays a {@code shortUrl}.
 * Exit 0 (also with {@code []}), 2 on a usage error.
 */
public final class ParseLinkCommand {

    static final String USAGE = """
            usage: parse-link [--offline] TEXT...
              Prints the products found in TEXT as a JSON array. TEXT '-' reads standard input.
              --offline  leave short links (m.tb.cn, s.click.taobao.com, qr.1688.com ...) unresolved""";
    /** A chat message is a few KB; this only guards against piping a file in by mistake. */
    static final int MAX_STDIN_BYTES = 1 << 20;

    private ParseLinkCommand() {}

    /** {@code args} are the arguments after {@code parse-link}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err, ParseLinkCommand::findOnRealHosts);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
                   Function<String, List<FoundLink>> findOnline) {
        boolean offline = false;
        boolean optionsEnded = false;
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            if (optionsEnded) {
                words.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.equals("--offline")) {
                offline = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (arg.startsWith("--") && arg.length() > 2 && Character.isLetter(arg.charAt(2))) {
                err.println("parse-link: unknown option " + arg);
                err.println(USAGE);
                return 2;
            } else {
                words.add(arg);
            }
        }
        if (words.isEmpty()) {
            err.println("parse-link: TEXT is missing");
            err.println(USAGE);
            return 2;
        }
        String text;
        try {
            text = words.size() == 1 && words.get(0).equals("-") ? readInput(in) : String.join(" ", words);
        } catch (IOException e) {
            err.println("parse-link: cannot read standard input: " + e.getMessage());
            return 1;
        }
        List<FoundLink> links = offline ? ProductLinks.offline().findOffline(text) : findOnline.apply(text);
        out.println(FoundLinksJson.products(links));
        noteUnsupported(links, err);
        return 0;
    }

    private static String readInput(InputStream in) throws IOException {
        return new String(in.readNBytes(MAX_STDIN_BYTES), StandardCharsets.UTF_8);
    }

    private static void noteUnsupported(List<FoundLink> links, PrintStream err) {
        String unsupported = links.stream()
                .filter(UnsupportedLink.class::isInstance)
                .map(UnsupportedLink.class::cast)
                .map(u -> u.marketplaceName() + " " + u.url())
                .collect(Collectors.joining("; "));
        if (!unsupported.isEmpty()) {
            err.println("note: not served by PandaPon, left out: " + unsupported);
        }
    }

    private static List<FoundLink> findOnRealHosts(String text) {
        OkHttpClient client = new OkHttpClient();
        try {
            return new ProductLinks(new HttpShortLinkResolver(client, ShortLinkResolverConfig.defaults())).find(text);
        } finally {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
