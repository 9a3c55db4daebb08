package io.groupbuy.bench;

import io.groupbuy.links.FoundLink;
import io.groupbuy.links.ProductLinks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How many chat messages per second {@link ProductLinks#findOffline} reads on one core, on a corpus shaped
 * like a group chat: mostly talk without links, share texts from the apps, pasted links with tracking
 * parameters, agent links and a few long messages.
 *
 * <pre>mvn -q -B test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.groupbuy.bench.LinkParsingBench</pre>
 */
public final class LinkParsingBench {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    private static final String[] CHAT = {
        "สวัสดีค่ะทุกคน วันนี้ใครจะสั่งของบ้างคะ",
        "ok, I'll pay tonight. 3 pcs for me please!",
        "好的，我要两件，黑色M码，谢谢",
        "ราคารวมค่าส่งเท่าไหร่ครับ? ประมาณ 250 บาทไหม",
        "Has the order shipped yet? It's been 5 days...",
        "โอนแล้วนะคะ 1,250.00 บาท สลิปตามนี้",
        "这个颜色好看吗？我觉得还可以 😄",
        "555 เอาด้วยคน",
        "Can someone check the size chart? I'm 165cm / 55kg",
        "ส่งถึงโกดังจีนหรือยังคะ",
    };

    private static final String[] LINKS = {
        "【淘宝】https://m.tb.cn/h.%s?tk=abcD3FgH CZ0001 「夏季新款连衣裙女宽松显瘦」\n点击链接直接打开 或者 淘宝搜索直接打开",
        "【1688】https://qr.1688.com/s/%s 「工厂直销 纯棉T恤 批发」复制这条信息打开手机阿里",
        "ช่วยสั่งอันนี้ให้หน่อยค่ะ https://item.taobao.com/item.htm?spm=a230r.1.14.16.5a1c3e8b&id=%s&ns=1&abbucket=8#detail สีดำไซส์ M",
        "看看这个：https://detail.tmall.com/item.htm?id=%s&skuId=4990001234567&spm=a1z10.3-b-s.w4011.63，还有别的颜色",
        "https://detail.1688.com/offer/%s.html?spm=a26352.13672862.offerlist.1&tracelog=p4p&clickid=abc",
        "[กระเป๋าน่ารัก](https://a.m.taobao.com/i%s.htm?price=39-59&sourceType=item&ut_sk=1.Xyz_21380790_1)",
        "https://www.superbuy.com/en/page/buy/?nTag=Home-search&from=search-input&url=https%%3A%%2F%%2Fitem.taobao.com%%2Fitem.htm%%3Fid%%3D%s",
        "Cheaper here? https://item.jd.com/%s.html vs the Taobao one",
    };

    private LinkParsingBench() {}

    public static void main(String[] args) {
        List<String> corpus = corpus(new Random(42));
        long corpusBytes = corpus.stream().mapToLong(m -> m.getBytes(StandardCharsets.UTF_8).length).sum();
        ProductLinks links = ProductLinks.offline();
        System.out.printf("corpus: %d messages, %d bytes (UTF-8), %d links found in one pass%n",
                corpus.size(), corpusBytes, corpus.stream().mapToInt(m -> links.findOffline(m).size()).sum());

        run(links, corpus, WARM_UP_NANOS);
        long[] result = run(links, corpus, MEASURE_NANOS);
        long messages = result[0];
        double seconds = result[1] / 1e9;
        double bytes = (double) messages / corpus.size() * corpusBytes;
        System.out.printf("single thread: %,.0f messages/s, %.1f MB/s (%,d messages in %.1f s, sink %d)%n",
                messages / seconds, bytes / seconds / 1e6, messages, seconds, result[2]);
    }

    /** Parses the corpus round after round for {@code nanos}; returns messages, elapsed nanos, links found. */
    private static long[] run(ProductLinks links, List<String> corpus, long nanos) {
        long start = System.nanoTime();
        long messages = 0;
        long found = 0;
        long elapsed;
        do {
            for (String message : corpus) {
                List<FoundLink> result = links.findOffline(message);
                found += result.size();
            }
            messages += corpus.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return new long[] {messages, elapsed, found};
    }

    /** 1000 messages: ~55% plain chat, ~35% with links, ~10% long (2–4 KB) pastes with or without links. */
    private static List<String> corpus(Random random) {
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int kind = random.nextInt(100);
            if (kind < 55) {
                corpus.add(CHAT[random.nextInt(CHAT.length)]);
            } else if (kind < 90) {
                corpus.add(linkMessage(random));
            } else {
                StringBuilder longMessage = new StringBuilder();
                while (longMessage.length() < 2000 + random.nextInt(2000)) {
                    longMessage.append(random.nextInt(4) == 0 ? linkMessage(random) : CHAT[random.nextInt(CHAT.length)])
                            .append('\n');
                }
                corpus.add(longMessage.toString());
            }
        }
        return corpus;
    }

    private static String linkMessage(Random random) {
        String template = LINKS[random.nextInt(LINKS.length)];
        String id = template.contains("m.tb.cn") || template.contains("qr.1688")
                ? Long.toString(random.nextLong() & 0xffffffL, 36)
                : Long.toString(500_000_000_000L + (random.nextLong() & 0xfffffffffL));
        return String.format(template, id);
    }
}
