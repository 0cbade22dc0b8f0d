package dev.ascent.platform.formats;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A JSON Schema turned into a reference a person reads: a tree of fields with their types, whether
 * they are required, their descriptions and their constraints in words. Built from the schema the
 * validator uses ({@link SchemaReader}), so the reference cannot drift from what is checked.
 * Types defined under {@code $defs} appear once, as {@link #definitions()}, and fields that use
 * them link there instead of repeating them. Public, with its parts, for the jte templates under formats/.
 */
public record SchemaReference(String title, @Nullable String description, Shape root, List<Definition> definitions) {

    /** (Public for the templates.) The format marker a file declares, e.g. {@code ascent/roadmap@1}: the constant of the top-level {@code format} field. */
    public Optional<String> marker() {
        return root.field("format").map(f -> f.shape().constant());
    }

    /** What a value must look like: its type, description, rules, nested fields and conditional variants. */
    public record Shape(Phrase type, @Nullable String description, List<Phrase> rules, List<Field> fields, List<Variant> variants,
                 @Nullable String constant) {

        Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        Optional<Variant> variant(String when) {
            return variants.stream().filter(v -> v.when().text().equals(when)).findFirst();
        }
    }

    public record Field(String name, boolean required, Shape shape) {
    }

    /** Fields that apply only under a condition, e.g. "When {@code type} is {@code metric}:". */
    public record Variant(Phrase when, Shape shape) {
    }

    /** A type from {@code $defs}, shown once under its anchor. */
    public record Definition(String name, String anchor, Shape shape) {
    }

    /** A run of words where some parts are code (names, values, patterns) and some link to a definition. */
    public record Phrase(List<Part> parts) {

        static Phrase of(String text) {
            return new Phrase(List.of(Part.text(text)));
        }

        /** The words without markup, for tests and accessible names. */
        String text() {
            return parts.stream().map(Part::text).collect(Collectors.joining());
        }

        static Builder builder() {
            return new Builder();
        }

        static final class Builder {
            private final List<Part> parts = new ArrayList<>();

            Builder text(String text) {
                parts.add(Part.text(text));
                return this;
            }

            Builder code(String code) {
                parts.add(new Part(code, true, null));
                return this;
            }

            Builder link(String name, String href) {
                parts.add(new Part(name, true, href));
                return this;
            }

            Builder append(Phrase phrase) {
                parts.addAll(phrase.parts());
                return this;
            }

            /** {@code a}, {@code b} or {@code c}, each as code. */
            Builder codes(List<String> values, String lastJoin) {
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        text(i == values.size() - 1 ? lastJoin : ", ");
                    }
                    code(values.get(i));
                }
                return this;
            }

            Phrase build() {
                return new Phrase(List.copyOf(parts));
            }
        }
    }

    public record Part(String text, boolean code, @Nullable String link) {
        static Part text(String text) {
            return new Part(text, false, null);
        }
    }
}
