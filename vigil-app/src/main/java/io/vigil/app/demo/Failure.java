package io.vigil.app.demo;

/** Why a call failed, as CloudTrail records it: {@code errorCode} and {@code errorMessage}. */
record Failure(String code, String message) {
}
