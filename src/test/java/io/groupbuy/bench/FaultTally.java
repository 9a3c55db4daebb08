package io.groupbuy.bench;

import io.groupbuy.core.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What members experienced in one phase of a fault scenario: how many actions got an answer, how
 * fast, in which language, and which error sentences they read.
 */
final class FaultTally {
    private static final BundleLanguage LANGUAGES = BundleLanguage.shared();

    final String phase;
    final Latencies latencies = new Latencies();
    private int actions;
    private int unanswered;
    private int rightLanguage;
    private int wrongLanguage;
    private int unknownLanguage;
    private final Map<String, Integer> sentences = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    FaultTally(String phase) {
        this.phase = phase;
    }

    /** Records one action and returns its answer text (empty when there was none). */
    synchronized String record(PlaygroundClient.Turn turn, Language expected) {
        actions++;
        if (!turn.answered()) {
            unanswered++;
            problem("no answer: " + turn.what());
            return "";
        }
        latencies.add(turn.millis());
        String text = turn.text();
        switch (LANGUAGES.check(text, expected)) {
            case RIGHT -> rightLanguage++;
            case UNKNOWN -> unknownLanguage++;
            case WRONG -> {
                wrongLanguage++;
                problem("wrong language (" + expected + ", found " + LANGUAGES.evidence(text) + "): " + turn.what()
                        + " -> " + oneLine(text));
            }
        }
        for (String key : LANGUAGES.sentencesIn(text)) {
            sentences.merge(key.substring(key.indexOf(':') + 1), 1, Integer::sum);
        }
        return text;
    }

    /** Something else that went wrong in this phase (a step that should have worked, a leftover). */
    synchronized void problem(String what) {
        if (problems.size() < 30) {
            problems.add(what);
        }
    }

    synchronized int problemCount() {
        return problems.size();
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    synchronized int actions() {
        return actions;
    }

    synchronized int unanswered() {
        return unanswered;
    }

    synchronized int wrongLanguage() {
        return wrongLanguage;
    }

    synchronized Map<String, Integer> sentences() {
        return new TreeMap<>(sentences);
    }

    synchronized String summary() {
        return String.format("%s: %d actions, %d answered (%s), language right %d / wrong %d / no bundle text %d;"
                        + " sentences %s", phase, actions, actions - unanswered, latencies.summary(), rightLanguage,
                wrongLanguage, unknownLanguage, sentences);
    }

    static String oneLine(String text) {
        String t = text.replace('\n', ' ');
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }

    static boolean isError(String text) {
        return LANGUAGES.sentencesIn(text).stream().anyMatch(k -> k.contains(":error."));
    }

    static List<String> sentencesIn(String text) {
        return LANGUAGES.sentencesIn(text);
    }
}
