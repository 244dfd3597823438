package io.zhengku.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Hostile variants of a valid input for negative tests: flipped bits, cut tails, inserted and deleted bytes,
 * from a fixed seed. A reader fed these must answer with its own refusal (or, for a harmless change, accept),
 * never with any other exception. Shared with other modules' tests through core's test jar; run with
 * {@code -Dmutations=5000} to search harder.
 */
public final class Mutations {

    /** Variants per input: enough to reach every structure of a seal, few enough to stay within seconds. */
    public static final int COUNT = Integer.getInteger("mutations", 600);

    private Mutations() {
    }

    /** {@link #COUNT} mutated copies of {@code valid}, each different from it. */
    public static List<byte[]> of(byte[] valid, long seed) {
        Random random = new Random(seed);
        List<byte[]> variants = new ArrayList<>(COUNT);
        while (variants.size() < COUNT) {
            byte[] variant = mutate(valid, random);
            if (!Arrays.equals(variant, valid)) {
                variants.add(variant);
            }
        }
        return variants;
    }

    /**
     * Feeds every variant to a verifier; fails on the first exception that is not a {@code refusal}, and
     * unless nine in ten variants were refused (a signature covers nearly every byte).
     */
    public static void assertVerifierRefuses(Class<? extends Exception> refusal, List<byte[]> variants,
                                             Reader verifier) {
        assertThat(refusedCount(List.of(refusal), variants, verifier)).as("variants refused")
                .isGreaterThan(variants.size() * 9 / 10);
    }

    /**
     * Feeds every variant to a parser; fails on the first exception that is not one of {@code refusals}, and
     * unless some variants were refused (many changes to a text leave it well-formed).
     */
    public static void assertParserRefuses(List<Class<? extends Exception>> refusals, List<byte[]> variants,
                                           Reader parser) {
        assertThat(refusedCount(refusals, variants, parser)).as("variants refused").isPositive();
    }

    private static int refusedCount(List<Class<? extends Exception>> refusals, List<byte[]> variants,
                                    Reader reader) {
        int refused = 0;
        for (int i = 0; i < variants.size(); i++) {
            try {
                reader.read(variants.get(i));
            } catch (Exception | StackOverflowError e) {
                if (refusals.stream().noneMatch(refusal -> refusal.isInstance(e))) {
                    fail("variant " + i + " escaped as " + e.getClass().getName() + " instead of a refusal", e);
                }
                refused++;
            }
        }
        return refused;
    }

    private static byte[] mutate(byte[] valid, Random random) {
        int at = random.nextInt(valid.length);
        return switch (random.nextInt(4)) {
            case 0 -> flipBit(valid, at, random.nextInt(8));
            case 1 -> Arrays.copyOf(valid, at);
            case 2 -> insert(valid, at, (byte) random.nextInt(256));
            default -> delete(valid, at);
        };
    }

    private static byte[] flipBit(byte[] valid, int at, int bit) {
        byte[] variant = valid.clone();
        variant[at] ^= (byte) (1 << bit);
        return variant;
    }

    private static byte[] insert(byte[] valid, int at, byte value) {
        byte[] variant = new byte[valid.length + 1];
        System.arraycopy(valid, 0, variant, 0, at);
        variant[at] = value;
        System.arraycopy(valid, at, variant, at + 1, valid.length - at);
        return variant;
    }

    private static byte[] delete(byte[] valid, int at) {
        byte[] variant = new byte[valid.length - 1];
        System.arraycopy(valid, 0, variant, 0, at);
        System.arraycopy(valid, at + 1, variant, at, valid.length - at - 1);
        return variant;
    }

    /** One reading (parse, verification) of a variant. */
    @FunctionalInterface
    public interface Reader {
        void read(byte[] variant) throws Exception;
    }
}
