package io.reelforge.common.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs Reelforge may fetch (the SSRF guard): http and https only, and only hosts whose every address is a
 * public unicast address. Loopback, private (RFC 1918), link-local (the cloud metadata address), CGNAT,
 * multicast, unspecified, IPv6 unique-local and IPv4-mapped forms of those are refused, unless the host is on the
 * configured allowlist (tests and the demo's loopback store).
 */
public class UrlPolicy {

    private final Set<String> allowedHosts;

    public UrlPolicy(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** Checks the URL and returns the addresses its host resolves to, all of them allowed. */
    /**
     * @throws BlockedUrlException when the URL may not be fetched (never worth retrying)
     * @throws UnresolvableHostException when the host has no address right now (a typo, or a DNS hiccup)
     */
    public List<InetAddress> check(URI uri) throws BlockedUrlException, UnresolvableHostException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BlockedUrlException("only http and https URLs can be fetched, not '" + uri.getScheme() + "'");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new BlockedUrlException("the URL has no host: " + uri);
        }
        if (uri.getRawUserInfo() != null) {
            throw new BlockedUrlException("URLs with credentials are not fetched");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = List.of(InetAddress.getAllByName(bareHost));
        } catch (UnknownHostException e) {
            throw new UnresolvableHostException("the host " + host + " does not resolve");
        }
        if (allowedHosts.contains(bareHost.toLowerCase(Locale.ROOT))) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (isSpecial(address)) {
                throw new BlockedUrlException("the host " + host + " resolves to a non-public address ("
                        + address.getHostAddress() + ")");
            }
        }
        return addresses;
    }

    static boolean isSpecial(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isSpecialV4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            if (isV4Embedded(b)) {
                return isSpecialV4(new byte[] {b[12], b[13], b[14], b[15]});
            }
        }
        return false;
    }

    private static boolean isSpecialV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || first == 10 || first == 127
                || (first == 100 && second >= 64 && second <= 127) // CGNAT 100.64/10
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                || first >= 224; // multicast and reserved, broadcast
    }

    /** IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96) forms. */
    private static boolean isV4Embedded(byte[] b) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mapped = zeroPrefix && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        return mapped || nat64;
    }
}
