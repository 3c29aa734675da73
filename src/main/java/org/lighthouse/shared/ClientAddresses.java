package org.lighthouse.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** How a client's address is counted when its requests are limited. */
public final class ClientAddresses {

    private static final Pattern IPV6 = Pattern.compile("(?=.*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    private ClientAddresses() {
    }

    /**
     * The key an address is counted by. An IPv6 address counts by its /64 prefix: a home or a phone is given a whole
     * /64 and can use any address in it.
     */
    public static String key(String clientAddress) {
        if (!IPV6.matcher(clientAddress).matches()) {
            return clientAddress;
        }
        try {
            // a literal that starts with a hex digit or ':' and has a ':' is parsed, never looked up
            InetAddress address = InetAddress.getByName(clientAddress);
            return address instanceof Inet6Address ? HexFormat.of().formatHex(address.getAddress(), 0, 8) + "::/64"
                    : address.getHostAddress();
        } catch (UnknownHostException e) {
            return clientAddress;
        }
    }
}
