package dev.ascent.learning.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text a redrawn form shows in a field its record could not hold (a word where minutes go, a day
 * that is no day), so the person sees what they typed beside the message and can correct it. Control
 * characters are dropped and the text is cut, as a field never needs more.
 */
final class Typed {

    private static final int MAX = 200;

    private Typed() {
    }

    static Map<String, String> of(BindingResult binding) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            if (error.isBindingFailure() && error.getRejectedValue() != null) {
                Object value = error.getRejectedValue();
                String text = value instanceof String[] values ? String.join(",", values) : String.valueOf(value);
                text = text.replaceAll("\\p{Cc}", "");
                typed.putIfAbsent(error.getField(), text.length() <= MAX ? text : text.substring(0, MAX));
            }
        }
        return typed;
    }
}
