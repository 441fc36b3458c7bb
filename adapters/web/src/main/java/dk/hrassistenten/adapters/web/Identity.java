package dk.hrassistenten.adapters.web;

import java.util.Objects;

/**
 * Who a web request comes from, as something this service trusts vouches for it.
 *
 * @param user the id agenda permissions are checked against (forums list secretaries by id or e-mail address)
 * @param email the person's e-mail address as the sign-in gave it, or null
 * @param source what vouches for the person
 */
record Identity(String user, String email, Source source) {

    enum Source {
        /** This service's own sign-in (OpenID Connect), kept in a session cookie. */
        SESSION,
        /** A configured reverse proxy's user header, from one of its addresses. */
        PROXY,
        /** The request's own word, believed only in a local trial on loopback. */
        LOCAL_TRIAL
    }

    Identity {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(source, "source");
    }
}
