package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PandaPonEndpointTest {

    @Test
    void every_path_and_alias_is_unique_and_every_endpoint_explains_itself() {
        Set<String> seen = new HashSet<>();
        for (PandaPonEndpoint e : PandaPonEndpoint.values()) {
            assertThat(seen.add(e.path())).as("duplicate path %s", e.path()).isTrue();
            e.v1Alias().ifPresent(alias -> assertThat(seen.add(alias)).as("duplicate alias %s", alias).isTrue());
            assertThat(e.path()).startsWith("/");
            assertThat(e.note()).isNotBlank();
        }
    }

    @Test
    void paths_follow_their_evidence() {
        for (PandaPonEndpoint e : PandaPonEndpoint.values()) {
            switch (e.evidence()) {
                case DOCUMENTED_V1 -> assertThat(e.path()).doesNotStartWith("/v2/");
                case DOCUMENTED_V2, INFERRED -> assertThat(e.path()).startsWith("/v2/");
                default -> throw new AssertionError(e);
            }
        }
    }

    @Test
    void mutations_are_never_marked_as_reads() {
        Set<PandaPonEndpoint> mutations = EnumSet.of(PandaPonEndpoint.TAOBAO_CART_ADD,
                PandaPonEndpoint.TAOBAO_CART_EDIT_QUANTITY, PandaPonEndpoint.TAOBAO_CART_DELETE,
                PandaPonEndpoint.TAOBAO_CART_CREATE_ORDER, PandaPonEndpoint.TAOBAO_ORDER_CREATE,
                PandaPonEndpoint.TAOBAO_ORDER_CANCEL, PandaPonEndpoint.TAOBAO_ORDER_PAY,
                PandaPonEndpoint.ALIBABA_CART_ADD, PandaPonEndpoint.ALIBABA_CART_EDIT_QUANTITY,
                PandaPonEndpoint.ALIBABA_CART_DELETE, PandaPonEndpoint.ALIBABA_CART_CREATE_ORDER,
                PandaPonEndpoint.ALIBABA_ORDER_CREATE, PandaPonEndpoint.ALIBABA_ORDER_CANCEL,
                PandaPonEndpoint.ADDRESS_ADD_OR_UPDATE);
        Arrays.stream(PandaPonEndpoint.values())
                .forEach(e -> assertThat(e.read()).as(e.name()).isEqualTo(!mutations.contains(e)));
    }

    @Test
    void docs_SANDBOX_md_lists_every_route_with_its_evidence() throws Exception {
        String doc = Files.readString(Path.of("docs/SANDBOX.md"));
        for (PandaPonEndpoint e : PandaPonEndpoint.values()) {
            assertThat(doc).contains("| `" + e.name() + "` | `" + e + "` |");
            assertThat(doc).contains(e.note());
        }
    }

    @Test
    void the_documented_anchor_paths_are_the_ones_the_docs_show() {
        assertThat(PandaPonEndpoint.TAOBAO_PRODUCT_GET.toString()).isEqualTo("GET /open/product/get");
        assertThat(PandaPonEndpoint.TAOBAO_PRODUCT_GET_BY_MAP_ID.toString()).isEqualTo("GET /v2/taobao/product/get");
        assertThat(PandaPonEndpoint.TAOBAO_ORDER_CREATE.toString()).isEqualTo("POST /open/order");
        assertThat(PandaPonEndpoint.ALIBABA_PRODUCT_DETAIL.toString()).isEqualTo("POST /alibaba/product/detail/get");
        assertThat(PandaPonEndpoint.ALIBABA_ORDER_PAGE.toString()).isEqualTo("POST /v2/alibaba/order/page");
        assertThat(PandaPonEndpoint.OVERSEAS_FREIGHT_ESTIMATE.warehouse()).isTrue();
        assertThat(PandaPonEndpoint.TAOBAO_CART_ADD.v1Alias()).contains("/open/cart/add");
    }
}
