package io.vigil.web.dashboard;

/** The engine could not answer a panel; the message says so and what to do, without engine details. */
public class PanelUnavailableException extends RuntimeException {

    public PanelUnavailableException(String message) {
        super(message);
    }
}
