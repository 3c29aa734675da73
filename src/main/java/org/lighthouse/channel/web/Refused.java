package org.lighthouse.channel.web;

import org.springframework.http.HttpStatus;

/** A request the web chat refuses before storing anything, with its status and a one-line reason. */
class Refused extends RuntimeException {

    private final HttpStatus status;

    Refused(HttpStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    static Refused bad(String reason) {
        return new Refused(HttpStatus.BAD_REQUEST, reason);
    }

    HttpStatus status() {
        return status;
    }
}
