package dev.ascent.practice.web;

import dev.ascent.platform.Markdown;
import dev.ascent.practice.Practice;
import dev.ascent.practice.Scenario;
import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A scenario ready for a template: its Markdown rendered (and sanitised), its metric signals turned into charts. */
public record ScenarioView(Scenario scenario, String summaryHtml, String situationHtml, List<SignalView> signals,
                    Map<String, String> optionSummaries, Map<String, String> consequences, String debriefHtml,
                    List<Practice.TopicLink> topics) {

    /** A signal with its chart (metrics) or rendered text (messages). */
    public record SignalView(int index, Scenario.Signal signal, @Nullable SignalChart chart, String textHtml) {
    }

    static ScenarioView of(Scenario s, Markdown markdown, Practice practice) {
        List<SignalView> signals = IntStream.range(0, s.signals().size()).mapToObj(i -> {
            Scenario.Signal signal = s.signals().get(i);
            return switch (signal) {
                case Scenario.Metric metric -> new SignalView(i, signal, SignalChart.of(metric), metric.note() == null ? "" : markdown.html(metric.note()));
                case Scenario.Message message -> new SignalView(i, signal, null, markdown.html(message.text()));
                case Scenario.Log log -> new SignalView(i, signal, null, "");
            };
        }).toList();
        Map<String, String> summaries = new LinkedHashMap<>();
        Map<String, String> consequences = new LinkedHashMap<>();
        s.options().forEach(o -> {
            summaries.put(o.id(), markdown.html(o.summary()));
            consequences.put(o.id(), markdown.html(o.consequence()));
        });
        return new ScenarioView(s, markdown.html(s.summary()), markdown.html(s.situation()), signals, summaries, consequences,
                markdown.html(s.debrief()), practice.topics(s));
    }
}
