package io.groupbuy.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TelegramBots (built on OkHttp 4) and the LINE SDK (OkHttp 5) crash together when two OkHttp or two
 * Jackson versions end up on the classpath (sdk-notes.md section 2). The enforcer checks the
 * dependency tree; this checks what the JVM actually loads.
 */
class ClasspathConvergenceTest {

    @Test
    void exactlyOneOkHttpAndItIsVersion5() throws IOException {
        assertThat(copiesOf("okhttp3/OkHttpClient.class")).hasSize(1);
        assertThat(okhttp3.OkHttp.VERSION).startsWith("5.");
    }

    @Test
    void exactlyOneJacksonOfOneVersion() throws IOException {
        assertThat(copiesOf("com/fasterxml/jackson/databind/ObjectMapper.class")).hasSize(1);
        assertThat(copiesOf("com/fasterxml/jackson/core/JsonFactory.class")).hasSize(1);
        String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(databind);
        assertThat(com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString()).isEqualTo(databind);
        assertThat(com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString()).isEqualTo(databind);
    }

    @Test
    void exactlyOneKotlinStdlib() throws IOException {
        assertThat(copiesOf("kotlin/Unit.class")).hasSize(1);
        assertThat(kotlin.KotlinVersion.CURRENT.getMajor()).isEqualTo(2);
    }

    private static List<URL> copiesOf(String resource) throws IOException {
        return Collections.list(ClasspathConvergenceTest.class.getClassLoader().getResources(resource));
    }
}
