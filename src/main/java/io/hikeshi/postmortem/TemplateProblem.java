package io.hikeshi.postmortem;

/**
 * A postmortem template that could not be used, with where the problem is.
 *
 * @param file    the template's file, as configured (e.g. templates/postmortem/sev1.md)
 * @param line    the line of the problem, 0 when not known
 * @param message what is wrong, from the template engine
 */
public record TemplateProblem(String file, int line, String message) {

    /** "templates/postmortem/sev1.md line 12: …" */
    public String describe() {
        return file + (line > 0 ? " line " + line : "") + ": " + message;
    }
}
