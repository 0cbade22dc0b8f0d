package dev.ascent.practice.web;

import dev.ascent.practice.DecisionRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * A decision's status from a form in any case ("accepted" as well as "ACCEPTED"), as the API reads it;
 * a word that names no status binds as none, which the form's rule then names. Spring Boot registers
 * converter beans with MVC.
 */
@Component
class StatusBinding implements Converter<String, DecisionRecord.Status> {

    @Override
    public DecisionRecord.@Nullable Status convert(String source) {
        return DecisionRecord.Status.parse(source);
    }
}
