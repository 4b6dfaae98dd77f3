package io.newsfold.dedupe.core.text;

/**
 * Fixed 64-bit hashing. Fingerprints are stored in an index that outlives the JVM (PostgreSQL later), so they must
 * not depend on {@link String#hashCode()} quirks or on per-run seeds.
 */
public final class Hashing {
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** SplitMix64 finaliser: spreads the weak low bits of FNV and of polynomial combinations. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long ofString(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h = fnvStep(h, s.charAt(i));
        }
        return finish(h);
    }

    /** One character into a string hash, so that a tokenizer can hash a term without building it. */
    static long fnvStep(long h, char c) {
        h ^= c & 0xff;
        h *= FNV_PRIME;
        h ^= c >>> 8;
        return h * FNV_PRIME;
    }

    static long finish(long h) {
        return mix(h);
    }
}
