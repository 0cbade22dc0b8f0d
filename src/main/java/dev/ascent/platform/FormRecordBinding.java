package dev.ascent.platform;

import org.springframework.core.ResolvableType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A form record is filled through its constructor only. Without this, Spring binds the request a
 * second time through the record's "properties" after constructing it, and a record holding a map
 * (an attempt's ratings, {@code ratings[line]}) answers that second pass with an unmodifiable-map
 * error, a 500. Records have nothing to set after construction, so nothing is lost.
 */
@ControllerAdvice
class FormRecordBinding {

    @InitBinder
    void constructorOnlyForRecords(WebDataBinder binder) {
        ResolvableType type = binder.getTargetType();
        Class<?> target = type != null ? type.resolve() : binder.getTarget() != null ? binder.getTarget().getClass() : null;
        if (target != null && target.isRecord()) {
            binder.setDeclarativeBinding(true);
        }
    }
}
