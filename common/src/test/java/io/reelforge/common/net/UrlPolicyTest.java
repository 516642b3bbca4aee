package io.reelforge.common.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    private final UrlPolicy policy = new UrlPolicy(List.of());

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/", "http://localhost:8080/", "http://10.1.2.3/", "http://172.16.0.1/",
            "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/",
            "http://0.0.0.0/", "http://224.0.0.1/", "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a00:1]/"})
    void privateAndSpecialAddressesAreRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(BlockedUrlException.class)
                .hasMessageContaining("non-public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/", "jar:file:/x!/y"})
    void otherSchemesAreRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(BlockedUrlException.class)
                .hasMessageContaining("only http and https");
    }

    @Test
    void credentialsInTheUrlAreRefused() {
        assertThatThrownBy(() -> policy.check(URI.create("http://user:pw@93.184.215.14/")))
                .isInstanceOf(BlockedUrlException.class);
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        assertThat(policy.check(URI.create("https://93.184.215.14/p/1"))).isNotEmpty();
        assertThat(UrlPolicy.isSpecial(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThat(UrlPolicy.isSpecial(InetAddress.getByName("2606:4700::1111"))).isFalse();
    }

    @Test
    void anAllowlistedHostMayBeLoopback() throws Exception {
        UrlPolicy forTests = new UrlPolicy(List.of("127.0.0.1"));
        assertThat(forTests.check(URI.create("http://127.0.0.1:9999/page"))).isNotEmpty();
        assertThatThrownBy(() -> forTests.check(URI.create("http://10.0.0.1/"))).isInstanceOf(BlockedUrlException.class);
    }
}
