package dk.kreds.domain.mixing;

/**
 * How good an allocation is, recounted from the allocation itself.
 *
 * @param repeats the sum over pairs of (times they sit together in this meeting's rounds − 1), for pairs
 *     who sit together at least once
 * @param lowerBound no allocation of these group sizes and rounds can have fewer repeats
 * @param maxPairMeetings the most rounds any pair sits together in
 * @param earlierEncounters how many times a pair sits together who already met at an earlier meeting
 * @param diversity how closely each group's mix of kinds and regions follows the whole room's, from 0 to
 *     1 (every group a copy of the room); see {@code docs/mixing.md}
 */
public record MixingQuality(int repeats, int lowerBound, int maxPairMeetings, int earlierEncounters, double diversity) {}
