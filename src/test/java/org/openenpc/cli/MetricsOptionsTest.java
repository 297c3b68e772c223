package org.openenpc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openenpc.metrics.ListenAddress;
import org.openenpc.metrics.WebConfig;

/** The one warning of an endpoint other machines can reach (no socket: the address is never bound here). */
class MetricsOptionsTest {

    private static String warning(String listen, WebConfig config) throws Exception {
        StringWriter err = new StringWriter();
        MetricsOptions.warn(ListenAddress.parse(listen), config, new PrintWriter(err, true));
        return err.toString();
    }

    @Test
    void loopbackIsQuietAndEveryOtherAddressWithoutProtectionGetsOneSentence() throws Exception {
        assertThat(warning("127.0.0.1:9377", null)).isEmpty();
        assertThat(warning("[::1]:9377", null)).isEmpty();
        assertThat(warning(":9377", null)).isEqualTo("openenpc: warning: the metrics on 0.0.0.0:9377 are plain HTTP "
                + "without authentication, readable by anyone who can reach this machine (--metrics-web-config adds TLS "
                + "and passwords).\n");
        WebConfig auth = new WebConfig(null, null, Map.of("p", "$2y$10$" + "a".repeat(53)));
        assertThat(warning("192.0.2.10:9377", auth)).contains("ask for passwords over plain HTTP").hasLineCount(1);
        WebConfig tls = new WebConfig(Path.of("c"), Path.of("k"), Map.of());
        assertThat(warning("192.0.2.10:9377", tls)).isEmpty();
    }
}
