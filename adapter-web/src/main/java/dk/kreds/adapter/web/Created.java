package dk.kreds.adapter.web;

import java.util.UUID;

/** The answer to a request that created something: its id. */
record Created(UUID id) {}
