package io.reelforge.common.net;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * Host names that are really IPv4 addresses in one of the forms browsers and {@code inet_aton} accept:
 * {@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}, {@code 127.1}. Java reads some of these differently
 * (it takes {@code 0177.0.0.1} for 177.0.0.1), so the policy reads them the C/browser way and refuses every form
 * except the plain dotted quad: a real store never needs one, and an attacker always does.
 */
final class IpLiterals {

    private IpLiterals() {
    }

    /** Whether the host's last label is a number, which makes the whole host an IPv4 literal (WHATWG URL). */
    static boolean looksNumeric(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String last = h.substring(h.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return !last.isEmpty() && (last.chars().allMatch(Character::isDigit)
                || last.matches("0x[0-9a-f]*"));
    }

    /** Whether the host is already a plain dotted quad without leading zeros ({@code 93.184.215.14}). */
    static boolean isCanonical(String host) {
        return host.matches("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    }

    /** The address a numeric host stands for the way {@code inet_aton} reads it, or empty if it is not valid. */
    static Optional<String> asDottedQuad(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> value = number(parts[i]);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[i] = value.get();
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[values.length - 1];
        if (last >= 1L << (8 * (5 - values.length))) {
            return Optional.empty();
        }
        address |= last;
        return Optional.of((address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "."
                + (address & 255));
    }

    private static Optional<Long> number(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (p.startsWith("0x")) {
            radix = 16;
            p = p.substring(2);
            if (p.isEmpty()) {
                return Optional.of(0L);
            }
        } else if (p.length() > 1 && p.startsWith("0")) {
            radix = 8;
            p = p.substring(1);
        }
        if (p.isEmpty() || p.length() > 40) {
            return Optional.empty();
        }
        try {
            BigInteger value = new BigInteger(p, radix);
            return value.bitLength() > 32 ? Optional.of(Long.MAX_VALUE) : Optional.of(value.longValue());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
