package io.reelforge.common.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. {@link UrlPolicy} asks it once per request hop and {@link SafeHttpClient}
 * connects to exactly the addresses it returned, so a DNS answer that changes between check and connect (DNS
 * rebinding) cannot reach a private address. Tests pass their own to map names without a hosts file or DNS.
 */
@FunctionalInterface
public interface HostResolver {

    /** The operating system's resolver (hosts file, then DNS). */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    /** @throws UnknownHostException when the name has no address */
    List<InetAddress> resolve(String host) throws UnknownHostException;
}
