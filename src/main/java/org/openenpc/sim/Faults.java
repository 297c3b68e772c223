package org.openenpc.sim;

import java.time.Duration;

/**
 * What goes wrong on the simulated network, for one simulator. Every draw comes from random
 * generators seeded by {@link SimulatorConfig#seed()}, so a fixed seed replays the same faults for
 * the same requests. Immutable; any thread.
 *
 * @param requestLoss probability that a printer does not hear a request
 * @param replyLoss   probability that a reply is lost on the way back
 * @param delay       base delay before every reply
 * @param jitter      a further delay drawn uniformly from 0..jitter for each reply
 * @param duplicate   probability that a reply is sent twice
 * @param malformed   share of replies replaced by a malformed variant (lying length field,
 *                    truncated header or data, or garbage)
 * @param silentShare share of printers that never answer, chosen from the seed
 */
public record Faults(double requestLoss, double replyLoss, Duration delay, Duration jitter,
                     double duplicate, double malformed, double silentShare) {

    /** A perfect network: nothing lost, delayed, duplicated or damaged. */
    public static final Faults NONE = new Faults(0, 0, Duration.ZERO, Duration.ZERO, 0, 0, 0);

    public Faults {
        checkProbability("request loss", requestLoss);
        checkProbability("reply loss", replyLoss);
        checkProbability("duplicate probability", duplicate);
        checkProbability("malformed share", malformed);
        checkProbability("silent share", silentShare);
        delay = checkDuration("delay", delay);
        jitter = checkDuration("jitter", jitter);
    }

    /** True when replies are delayed at all (then they go through the send queue). */
    public boolean delays() {
        return !delay.isZero() || !jitter.isZero();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a probability between 0 and 1, not " + p);
        }
    }

    private static Duration checkDuration(String name, Duration d) {
        if (d == null) {
            return Duration.ZERO;
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + d.toMillis() + " ms");
        }
        return d;
    }

    /** Builds {@link Faults}; unset values are those of {@link #NONE}. Not thread-safe. */
    public static final class Builder {
        private double requestLoss;
        private double replyLoss;
        private Duration delay = Duration.ZERO;
        private Duration jitter = Duration.ZERO;
        private double duplicate;
        private double malformed;
        private double silentShare;

        private Builder() {
        }

        /** The same loss probability in both directions. */
        public Builder loss(double p) {
            return requestLoss(p).replyLoss(p);
        }

        public Builder requestLoss(double p) {
            this.requestLoss = p;
            return this;
        }

        public Builder replyLoss(double p) {
            this.replyLoss = p;
            return this;
        }

        public Builder delay(Duration d) {
            this.delay = d;
            return this;
        }

        public Builder jitter(Duration d) {
            this.jitter = d;
            return this;
        }

        public Builder duplicate(double p) {
            this.duplicate = p;
            return this;
        }

        public Builder malformed(double p) {
            this.malformed = p;
            return this;
        }

        public Builder silentShare(double p) {
            this.silentShare = p;
            return this;
        }

        public Faults build() {
            return new Faults(requestLoss, replyLoss, delay, jitter, duplicate, malformed, silentShare);
        }
    }
}
