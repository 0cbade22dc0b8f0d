package dev.ascent.practice.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/** What the practice pages' forms share. */
final class Forms {

    private Forms() {
    }

    /** The version a form was loaded at; a form without one was not sent by our page, so it is a bad request. */
    static int version(Map<String, String> params) {
        try {
            return Integer.parseInt(String.valueOf(params.get("version")).strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form was incomplete; reload the page and try again.");
        }
    }
}
