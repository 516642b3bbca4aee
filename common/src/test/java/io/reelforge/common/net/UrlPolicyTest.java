package io.reelforge.common.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    /** Names mapped without DNS or a hosts file: one public, three that point inside. */
    private static final Map<String, String> NAMES = Map.of(
            "shop.example", "93.184.215.14",
            "rebind.example", "127.0.0.1",
            "metadata.example", "169.254.169.254",
            "mixed.example", "93.184.215.14,10.0.0.7");

    private final UrlPolicy policy = new UrlPolicy(List.of(), UrlPolicyTest::resolve);

    static List<InetAddress> resolve(String host) throws UnknownHostException {
        String addresses = NAMES.get(host);
        if (addresses == null) {
            return HostResolver.SYSTEM.resolve(host); // "localhost" and literals; nothing else resolves offline
        }
        List<InetAddress> result = new java.util.ArrayList<>();
        for (String address : addresses.split(",")) {
            result.add(InetAddress.getByName(address));
        }
        return result;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // plain special addresses
            "http://127.0.0.1/", "http://127.8.9.10:8080/", "http://10.1.2.3/", "http://172.16.0.1/",
            "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/", "http://0.0.0.0/", "http://224.0.0.1/", "http://255.255.255.255/",
            "http://198.18.0.1/", "http://192.0.2.1/", "http://240.0.0.1/",
            // IPv6 and IPv4 inside IPv6
            "http://[::1]/", "http://[::]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[fec0::1]/",
            "http://[ff02::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
            "http://[0:0:0:0:0:ffff:169.254.169.254]/", "http://[::127.0.0.1]/", "http://[64:ff9b::a00:1]/",
            "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/", "http://[2001:db8::1]/",
            // names that resolve inside
            "http://localhost:8080/", "http://LOCALHOST/", "http://localhost./", "http://rebind.example/",
            "https://metadata.example/computeMetadata/v1/", "http://mixed.example/"})
    void privateAndSpecialAddressesAreRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(BlockedUrlException.class)
                .hasMessageContaining("non-public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://2130706433/", "http://0x7f000001/", "http://017700000001/", "http://0177.0.0.1/",
            "http://127.000.000.001/",
            "http://3232235777/", "http://0/", "http://0xa9fea9fe/", "http://2852039166/", "http://0x5db8d70e/"})
    void ipAddressesInNumericFormsOtherThanTheDottedQuadAreRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(BlockedUrlException.class)
                .hasMessageContaining("unusual form");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.1/", "http://0x7f.0.0.1/", "http://127.0.0.1./", "http://0x7f.0x0.0x0.0x1/",
            "http://0251.0376.0251.0376/",
            "http://%31%32%37.0.0.1/", "http://under_score.example/"})
    void hostsJavaCannotReadAsAHostNameAreRefused(String url) {
        // java.net.URI reports no host for these, and InetAddress would read a missing host as localhost
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(BlockedUrlException.class)
                .hasMessageContaining("no host name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:pw@93.184.215.14/", "http://shop.example@127.0.0.1/",
            "http://127.0.0.1:80@shop.example/", "https://admin@shop.example/",
            "http://a@b@127.0.0.1/"})
    void credentialsInTheUrlAreRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(BlockedUrlException.class)
                .hasMessageContaining("credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/", "jar:file:/x!/y",
            "dict://127.0.0.1:11211/", "//shop.example/p"})
    void otherSchemesAreRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(BlockedUrlException.class)
                .hasMessageContaining("only http and https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://shop.example\\@127.0.0.1/", "http://[::1/", "http://exa mple.com/", "http://%/"})
    void textThatIsNotAUrlIsRefused(String url) {
        assertThatThrownBy(() -> UrlPolicy.parse(url)).isInstanceOf(BlockedUrlException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/p/1", "http://8.8.8.8/", "https://[2606:4700::1111]/",
            "https://shop.example/products/1?variant=2#top", "HTTPS://SHOP.EXAMPLE/", "https://shop.example./x",
            "http://shop.example:8080/p", "https://[::ffff:93.184.215.14]/"})
    void publicAddressesAreAllowed(String url) throws Exception {
        assertThat(policy.check(UrlPolicy.parse(url))).isNotEmpty().noneMatch(UrlPolicy::isSpecial);
    }

    @Test
    void theAddressesReturnedAreTheOnesTheResolverGave() throws Exception {
        assertThat(policy.check(URI.create("https://shop.example/")))
                .containsExactly(InetAddress.getByName("93.184.215.14"));
    }

    @Test
    void aHostThatDoesNotResolveIsNotARefusal() {
        assertThatThrownBy(() -> policy.check(URI.create("https://no-such-host.invalid/")))
                .isInstanceOf(UnresolvableHostException.class);
    }

    @Test
    void anAllowlistedHostMayBeLoopback() throws Exception {
        UrlPolicy forTests = new UrlPolicy(List.of("127.0.0.1", "Rebind.Example"), UrlPolicyTest::resolve);
        assertThat(forTests.check(URI.create("http://127.0.0.1:9999/page"))).isNotEmpty();
        assertThat(forTests.check(URI.create("http://rebind.example/"))).isNotEmpty();
        assertThatThrownBy(() -> forTests.check(URI.create("http://10.0.0.1/"))).isInstanceOf(BlockedUrlException.class);
        assertThatThrownBy(() -> forTests.check(URI.create("http://localhost/"))).isInstanceOf(BlockedUrlException.class);
    }
}
