package dk.kreds.adapter.web;

/**
 * The one error body of the web app: a stable machine-readable {@code code}, a {@code message} a person
 * reads (in the request's language), and the {@code field} it concerns (empty when none).
 */
record ApiError(String code, String message, String field) {}
