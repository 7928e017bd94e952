package no.framdrift.domain;

/**
 * A problem with one field of a definition. {@code messageKey} is a resource-bundle key (the UI
 * shows it in the steward's language); {@code message} is the Norwegian text for logs and CLI.
 */
public record ValidationProblem(String field, String messageKey, String message) {
}
