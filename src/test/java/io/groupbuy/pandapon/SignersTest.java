package io.groupbuy.pandapon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.groupbuy.app.Json;
import io.groupbuy.core.Secret;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SignersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"H1, md5-sorted", "H2, md5-concat", "H3, hmac-md5"})
    void synthetic_vectors_of_API_md_2_3(String vector, String signerName) throws Exception {
        JsonNode vectors;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/pandapon/signature-synthetic-vectors.json")) {
            vectors = Json.mapper().readTree(in);
        }
        JsonNode inputs = vectors.get("inputs");
        String signature = Signers.byName(signerName).sign(inputs.get("access-key").asText(),
                inputs.get("timestamp").asText(), inputs.get("nonce-str").asText(),
                Secret.of(inputs.get("secret").asText()));
        assertThat(signature).isEqualTo(vectors.get(vector).get("signature").asText());
    }

    @Test
    void names_are_the_PANDAPON_SIGNER_values_and_unknown_ones_are_explained() {
        assertThat(Signers.names()).containsExactly("md5-sorted", "md5-concat", "hmac-md5");
        assertThat(Signers.byName(" MD5-Sorted ")).isSameAs(Signers.MD5_SORTED);
        assertThat(Signers.byName(Signers.DEFAULT_NAME)).isSameAs(Signers.MD5_SORTED);
        assertThatThrownBy(() -> Signers.byName("sha256"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("md5-sorted, md5-concat, hmac-md5");
    }

    @Test
    void system_headers_carry_millis_a_32_char_nonce_and_a_signature_over_them() {
        Clock clock = Clock.fixed(Instant.ofEpochMilli(1715669977082L), ZoneOffset.UTC);
        Secret secret = Secret.of("s3cret");
        SystemHeaders headers = new SystemHeaders("ak", secret, "2100007341207", Signers.HMAC_MD5, clock);

        Map<String, String> first = headers.next();
        Map<String, String> second = headers.next();

        assertThat(first).containsOnlyKeys("access-key", "timestamp", "nonce-str", "user-id", "signature");
        assertThat(first.get("timestamp")).isEqualTo("1715669977082");
        assertThat(first.get("nonce-str")).matches("[0-9a-f]{32}");
        assertThat(second.get("nonce-str")).isNotEqualTo(first.get("nonce-str"));
        assertThat(first.get("signature")).matches("[0-9A-F]{32}")
                .isEqualTo(Signers.HMAC_MD5.sign("ak", "1715669977082", first.get("nonce-str"), secret));
        assertThat(first.values()).doesNotContain("s3cret");
    }
}
