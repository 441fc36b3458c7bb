package dk.hrassistenten.adapters.teams;

import java.util.Locale;

/** Whether a host name or address is this machine; local development accepts nothing else. */
final class Loopback {

    private Loopback() {
    }

    /** Literal loopback names and addresses only: a name that resolves to 127.0.0.1 elsewhere is not trusted. */
    static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
