package io.groupbuy.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The table of link forms in {@code links/corpus.tsv}, parsed offline. */
class LinkCorpusTest {

    private final ProductLinks links = ProductLinks.offline();

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : readCorpus().split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String expected = line.substring(0, tab);
            String input = line.substring(tab + 1).replace("\\n", "\n").replace("\\t", "\t");
            rows.add(Arguments.of(expected, input));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("corpus")
    void recognises(String expected, String input) {
        List<String> found = links.findOffline(input).stream().map(LinkCorpusTest::describe).toList();
        assertThat(found).isEqualTo(expected.equals("none") ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void theCorpusIsLargeEnoughToMeanSomething() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(80);
    }

    /** The corpus notation of a found link. */
    static String describe(FoundLink link) {
        if (link instanceof ProductLink p) {
            return p.marketplace().code() + ":" + p.itemId();
        }
        if (link instanceof ShortLink s) {
            return "short:" + s.marketplace().code() + ":" + s.shortUrl();
        }
        return "unsupported:" + ((UnsupportedLink) link).marketplaceName();
    }

    private static String readCorpus() throws IOException {
        try (InputStream in = LinkCorpusTest.class.getResourceAsStream("/links/corpus.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
