package dev.ascent.platform;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers on pages read as String.format wrote them before it left the render path. */
class DisplayTests {

    private static String formatted(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    @Test
    void decimalsRoundAsStringFormatDoes() {
        double[] edges = {0, -0.0, 0.05, 0.15, 0.25, 0.35, -0.04, -0.05, -0.25, 1.005, 2.675, 9.95, 99.95, 999.995,
                12.5, -12.5, 0.5, -0.5, 1e-9, 123456789.125, Double.MIN_VALUE, 1e15 + 0.5,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int decimals = 0; decimals <= 3; decimals++) {
            for (double value : edges) {
                assertThat(Display.decimal(value, decimals)).as("%s to %d", value, decimals).isEqualTo(formatted(value, decimals));
            }
        }
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(4);
            // chart coordinates, hours and shares: mostly small, some with exact halves at the rounding digit
            double value = switch (i % 3) {
                case 0 -> random.nextDouble(-1000, 1000);
                case 1 -> Math.round(random.nextDouble(-1000, 1000) * 1000) / 1000.0;
                default -> (random.nextInt(-20000, 20000) + 0.5) / Math.pow(10, decimals);
            };
            assertThat(Display.decimal(value, decimals)).as("%s to %d", value, decimals).isEqualTo(formatted(value, decimals));
        }
    }
}
