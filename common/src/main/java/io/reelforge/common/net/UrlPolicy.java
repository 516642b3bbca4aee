package io.reelforge.common.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs Reelforge may fetch (the SSRF guard): http and https only, no credentials in the URL, no IPv4
 * address in a numeric form other than the dotted quad, and only hosts whose every address is a public unicast
 * address (see {@link AddressRanges}). Hosts on the configured allowlist skip the address rule (tests and the
 * demo's loopback store). {@link #check} returns the addresses it approved: {@link SafeHttpClient} connects to
 * those and never looks the name up again.
 */
public class UrlPolicy {

    private final Set<String> allowedHosts;
    private final HostResolver resolver;

    public UrlPolicy(List<String> allowedHosts) {
        this(allowedHosts, HostResolver.SYSTEM);
    }

    public UrlPolicy(List<String> allowedHosts, HostResolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(UrlPolicy::normalize).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    /**
     * Parses a URL typed by a user, refusing what {@link URI} cannot read as a server-based http(s) URL.
     *
     * @throws BlockedUrlException when the text is not a URL Reelforge may fetch
     */
    public static URI parse(String url) throws BlockedUrlException {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new BlockedUrlException("'" + url + "' is not a valid web address");
        }
    }

    /**
     * Checks the URL and returns the addresses its host resolves to, all of them allowed.
     *
     * @throws BlockedUrlException when the URL may not be fetched (never worth retrying)
     * @throws UnresolvableHostException when the host has no address right now (a typo, or a DNS hiccup)
     */
    public List<InetAddress> check(URI uri) throws BlockedUrlException, UnresolvableHostException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new BlockedUrlException("only http and https URLs can be fetched, not '" + uri.getScheme() + "'");
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new BlockedUrlException("URLs with credentials are not fetched");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            // java.net.URI gives no host for what it cannot parse as one ("127.1", "0x7f.0.0.1", "a_b.example")
            throw new BlockedUrlException("the URL has no host name Reelforge can read: " + uri);
        }
        String bareHost = normalize(host);
        if (!host.startsWith("[") && IpLiterals.looksNumeric(bareHost) && !IpLiterals.isCanonical(bareHost)) {
            throw new BlockedUrlException("the host " + host + " is an IP address in an unusual form ("
                    + IpLiterals.asDottedQuad(bareHost).orElse("not a valid address") + "); use a host name");
        }
        List<InetAddress> addresses;
        if (host.startsWith("[") || IpLiterals.isCanonical(bareHost)) {
            try {
                addresses = List.of(InetAddress.getByName(bareHost)); // a literal: parsed, never looked up
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new BlockedUrlException("the host " + host + " is not a valid IP address");
            }
        } else {
            try {
                addresses = List.copyOf(resolver.resolve(bareHost));
            } catch (UnknownHostException | IllegalArgumentException e) {
                throw new UnresolvableHostException("the host " + host + " does not resolve");
            }
        }
        if (addresses.isEmpty()) {
            throw new UnresolvableHostException("the host " + host + " does not resolve");
        }
        if (allowedHosts.contains(bareHost)) {
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
        return AddressRanges.isSpecial(address);
    }

    /** Lower case, no IPv6 brackets, no trailing dot: {@code Example.COM.} and {@code example.com} are one host. */
    private static String normalize(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        h = h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
        return h.toLowerCase(Locale.ROOT);
    }
}
