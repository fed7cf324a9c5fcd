package io.vigil.sources.eventbridge;

/**
 * An event, or a part of the body, that no dataset takes: to be dead-lettered with its reason.
 *
 * @param index the event's position in the body, from 1 (for invalid JSON: the event being read)
 * @param raw   the event as sent, or an excerpt around invalid JSON
 */
public record UnroutedEvent(int index, String reason, String raw) {
}
