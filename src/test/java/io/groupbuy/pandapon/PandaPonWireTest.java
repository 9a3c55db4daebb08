package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.groupbuy.app.Json;
import io.groupbuy.pandapon.wire.AlibabaCancelBody;
import io.groupbuy.pandapon.wire.AlibabaOrder;
import io.groupbuy.pandapon.wire.AlibabaOrderCreated;
import io.groupbuy.pandapon.wire.TaobaoOrderLine;
import io.groupbuy.pandapon.wire.TaobaoProduct;
import io.groupbuy.pandapon.wire.TaobaoSku;
import org.junit.jupiter.api.Test;

class PandaPonWireTest {
    private final ObjectMapper mapper = Json.mapper();

    @Test
    void a_19_digit_1688_order_id_round_trips_exactly() throws Exception {
        AlibabaOrderCreated created = mapper.readValue(
                "{\"orderId\":2542285634920880794,\"totalSuccessAmount\":6400,\"postFee\":600}",
                AlibabaOrderCreated.class);
        assertThat(created.orderId()).isEqualTo("2542285634920880794");

        AlibabaOrder fromString = mapper.readValue("{\"orderId\":\"2542285634920880794\"}", AlibabaOrder.class);
        assertThat(fromString.orderId()).isEqualTo("2542285634920880794");

        String cancel = mapper.writeValueAsString(AlibabaCancelBody.of("2542285634920880794", "不想要了"));
        assertThat(cancel).contains("\"orderId\":2542285634920880794").contains("\"webSite\":\"1688\"");
    }

    @Test
    void numbers_sent_as_strings_and_the_mpSkuld_typo_are_accepted() throws Exception {
        TaobaoSku sku = mapper.readValue("{\"skuId\":3452545926724,\"price\":\"1290\",\"promotionPrice\":\"990\","
                + "\"quantity\":\"12\",\"mpSkuld\":\"65\",\"extra\":{\"ignored\":true}}", TaobaoSku.class);
        assertThat(sku.skuId()).isEqualTo("3452545926724");
        assertThat(sku.price()).isEqualTo(1290);
        assertThat(sku.promotionPrice()).isEqualTo(990);
        assertThat(sku.quantity()).isEqualTo(12);
        assertThat(sku.mpSkuId()).isEqualTo("65");
        assertThat(sku.unitPrice()).isEqualTo(990);
        assertThat(sku.properties()).isEmpty();
    }

    @Test
    void absent_lists_read_as_empty_lists() throws Exception {
        TaobaoProduct p = mapper.readValue("{\"itemId\":\"1\"}", TaobaoProduct.class);
        assertThat(p.skuList()).isEmpty();
        assertThat(p.picUrls()).isEmpty();
        assertThat(p.promotionPrice()).isNull();
    }

    @Test
    void direct_order_lines_send_quantity_and_price_as_strings_like_the_documented_sample() throws Exception {
        String json = mapper.writeValueAsString(TaobaoOrderLine.of("2048057995392326", "5859854155442", 2, 3990, 1));
        assertThat(json).contains("\"quantity\":\"2\"").contains("\"price\":\"3990\"")
                .contains("\"orderLineNo\":\"1\"").contains("\"currency\":\"CNY\"");
        assertThat(mapper.readValue(json, TaobaoOrderLine.class).amount()).isEqualTo(7980);
    }
}
