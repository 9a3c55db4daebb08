package io.groupbuy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.groupbuy.app.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SandboxCatalogTest {
    private final SandboxCatalog catalog = new SandboxCatalog(Json.mapper());

    @Test
    void the_seed_has_at_least_30_items_across_taobao_tmall_and_1688_including_the_documented_ids() {
        List<CatalogProduct> all = new ArrayList<>(catalog.seeded(true));
        all.addAll(catalog.seeded(false));
        Map<CatalogPlatform, Long> perPlatform = all.stream()
                .collect(Collectors.groupingBy(CatalogProduct::platform, Collectors.counting()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(30);
        assertThat(perPlatform.get(CatalogPlatform.TAOBAO)).isGreaterThanOrEqualTo(8);
        assertThat(perPlatform.get(CatalogPlatform.TMALL)).isGreaterThanOrEqualTo(5);
        assertThat(perPlatform.get(CatalogPlatform.ALIBABA)).isGreaterThanOrEqualTo(8);
        assertThat(catalog.taobao("672991141190").synthetic()).isFalse();
        assertThat(catalog.alibaba("706627393257").synthetic()).isFalse();
        assertThat(catalog.alibaba("706627393257").beginAmount()).isEqualTo(2);
    }

    @Test
    void skus_are_colour_by_size_with_sane_prices_and_some_sold_out() {
        List<CatalogSku> skus = catalog.seeded(true).stream().flatMap(p -> p.skus().stream()).toList();
        assertThat(skus).allSatisfy(s -> {
            assertThat(s.price()).isPositive();
            assertThat(s.unitPrice()).isPositive().isLessThanOrEqualTo(s.price());
            assertThat(s.mpSkuId()).matches("\\d{13}");
            assertThat(s.skuId()).matches("\\d{13}");
        });
        assertThat(skus).anySatisfy(s -> assertThat(s.stock()).isZero());
        CatalogProduct dress = catalog.taobao("712345678901");
        assertThat(dress.skus()).hasSize(3 * 4);
        assertThat(dress.skus().stream().map(s -> s.colour().en()).distinct()).containsExactly("Blue", "Pink", "White");
        assertThat(catalog.seeded(false)).allSatisfy(p -> assertThat(p.skus())
                .allSatisfy(s -> assertThat(s.specId()).matches("[0-9a-f]{32}")));
    }

    @Test
    void mapped_ids_invert_without_a_table_per_platform() {
        String mapped = SandboxIds.mapId(CatalogPlatform.TAOBAO, "672991141190");
        assertThat(mapped).hasSize(22).matches("[A-Za-z0-9_-]{22}");
        assertThat(SandboxIds.numericId(CatalogPlatform.TMALL, mapped)).contains("672991141190");
        assertThat(SandboxIds.numericId(CatalogPlatform.ALIBABA, mapped)).isEmpty();
        assertThat(SandboxIds.numericId(CatalogPlatform.TAOBAO, "WUnUC1cILiBjt-Jv3lDdlQ")).isEmpty();
        String twenty = "98765432109876543210";
        assertThat(SandboxIds.numericId(CatalogPlatform.ALIBABA, SandboxIds.mapId(CatalogPlatform.ALIBABA, twenty)))
                .contains(twenty);
        assertThat(catalog.taobao(mapped).id()).isEqualTo("672991141190");
    }

    @Test
    void other_well_formed_ids_give_deterministic_labelled_synthetic_items() {
        CatalogProduct a = catalog.taobao("555666777888");
        CatalogProduct b = new SandboxCatalog(Json.mapper()).taobao("555666777888");
        assertThat(a).isEqualTo(b);
        assertThat(a.synthetic()).isTrue();
        assertThat(a.title()).startsWith("[SANDBOX] ").contains("synthetic test item");
        long colours = a.skus().stream().map(CatalogSku::colour).distinct().count();
        long sizes = a.skus().stream().map(CatalogSku::size).distinct().count();
        assertThat(colours).isBetween(2L, 4L);
        assertThat(sizes).isBetween(2L, 4L);
        assertThat(a.skus()).hasSize((int) (colours * sizes));
        assertThat(catalog.byMpId(a.mpId())).isEqualTo(a);
        assertThatThrownBy(() -> catalog.taobao("12345")).isInstanceOf(SandboxError.class);
        assertThatThrownBy(() -> catalog.alibaba("not-an-id")).isInstanceOf(SandboxError.class);
    }

    @Test
    void search_matches_chinese_and_english_case_insensitively_and_empty_gives_top_sellers() {
        assertThat(catalog.search(true, "uniqlo")).extracting(CatalogProduct::id).containsExactly("600126245031");
        assertThat(catalog.search(false, "T恤")).extracting(CatalogProduct::id).contains("889512351602");
        List<CatalogProduct> top = catalog.search(true, "  ");
        assertThat(top).hasSize(catalog.seeded(true).size());
        assertThat(top.get(0).sales()).isGreaterThanOrEqualTo(top.get(1).sales());
        List<CatalogProduct> visual = catalog.imageSearch(true, new byte[] {1, 2, 3}, null);
        assertThat(visual).isEqualTo(catalog.imageSearch(true, new byte[] {1, 2, 3}, null));
        assertThat(catalog.imageSearch(false, new byte[] {9}, "http://x/sandbox/images/1688-706627393257-c1.png")
                .get(0).id()).isEqualTo("706627393257");
    }

    @Test
    void pictures_are_small_pngs_and_only_for_names_of_ours() {
        ProductImages images = new ProductImages(catalog);
        byte[] main = images.png("tb-712345678901-main.png").orElseThrow();
        byte[] colour = images.png("1688-706627393257-c2.png").orElseThrow();
        for (byte[] png : List.of(main, colour)) {
            assertThat(png.length).isBetween(200, 30 * 1024);
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
        assertThat(images.png("tb-712345678901-c9.png")).isEmpty();
        assertThat(images.png("../../etc/passwd")).isEmpty();
    }
}
