package org.openenpc.model;

import java.time.Instant;

/**
 * One reply exactly as received, kept so users can inspect unknown bytes.
 *
 * @param request what it answered, e.g. "Q 03-0010"
 * @param hex     the whole datagram, lower-case hex pairs separated by spaces
 * @param at      when it arrived
 */
public record RawReply(String request, String hex, Instant at) {
}
