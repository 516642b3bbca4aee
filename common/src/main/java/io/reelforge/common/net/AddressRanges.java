package io.reelforge.common.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses are not public unicast Internet hosts: everything a request from inside our network must never
 * reach on a user's behalf. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged
 * by that IPv4 address.
 */
final class AddressRanges {

    private AddressRanges() {
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
        return address instanceof Inet6Address && isSpecialV6(b);
    }

    private static boolean isSpecialV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        return first == 0 || first == 10 || first == 127
                || (first == 100 && second >= 64 && second <= 127) // CGNAT 100.64/10
                || (first == 169 && second == 254) // link-local, cloud metadata
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 168)
                || (first == 192 && second == 0 && (third == 0 || third == 2)) // IETF protocol, TEST-NET-1
                || (first == 192 && second == 88 && third == 99) // 6to4 relay anycast
                || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18/15
                || (first == 198 && second == 51 && third == 100) // TEST-NET-2
                || (first == 203 && second == 0 && third == 113) // TEST-NET-3
                || first >= 224; // multicast, reserved 240/4, broadcast
    }

    private static boolean isSpecialV6(byte[] b) {
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc || first == 0xff) {
            return true; // fc00::/7 unique local, ff00::/8 multicast
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return true; // fec0::/10 old site-local
        }
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
            return true; // 2001:db8::/32 documentation
        }
        if (first == 0x20 && b[1] == 0x02) {
            return isSpecialV4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 2002::/16 carries an IPv4 address
        }
        if (first == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            return true; // Teredo 2001::/32: the IPv4 server and client are hidden in the address
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && b[4] == 0 && b[5] == 1) {
            return true; // 64:ff9b:1::/48 local-use NAT64
        }
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= b[i] == 0;
        }
        boolean mappedOrCompatible = zeroPrefix
                && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0));
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
        if (mappedOrCompatible || nat64) {
            return isSpecialV4(new byte[] {b[12], b[13], b[14], b[15]});
        }
        return false;
    }
}
