package io.newsfold.dedupe.core.duplicate;

/**
 * How a signature of {@code bands * rows} slots is cut into bands. Two texts of Jaccard similarity s share at least
 * one band with probability 1 - (1 - s^rows)^bands; the S-curve's midpoint is about (1/bands)^(1/rows).
 */
public record LshBanding(int bands, int rows, double threshold) {

    public LshBanding {
        if (bands <= 0 || rows <= 0 || threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("bands, rows > 0 and threshold in (0, 1] required");
        }
    }

    public int numHashes() {
        return bands * rows;
    }

    /**
     * Picks rows and bands for {@code numHashes} slots so that the S-curve midpoint sits a little below the
     * threshold: a missed near-duplicate is worse than a candidate that the exact signature check then rejects.
     */
    public static LshBanding forThreshold(double threshold, int numHashes) {
        int bestRows = 1;
        double bestDistance = Double.MAX_VALUE;
        double target = threshold * 0.9;
        for (int rows = 1; rows <= numHashes; rows++) {
            if (numHashes % rows != 0) {
                continue;
            }
            int bands = numHashes / rows;
            double midpoint = Math.pow(1.0 / bands, 1.0 / rows);
            double distance = Math.abs(midpoint - target);
            if (distance < bestDistance) {
                bestDistance = distance;
                bestRows = rows;
            }
        }
        return new LshBanding(numHashes / bestRows, bestRows, threshold);
    }

    public double candidateProbability(double jaccard) {
        return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
    }
}
