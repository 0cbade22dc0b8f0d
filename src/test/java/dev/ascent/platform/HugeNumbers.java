package dev.ascent.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts numbers too big for any machine type (1E+100, 1e400, twenty nines, and their negatives) in place of each
 * number of a valid document in turn, and lists where validating one threw instead of reporting a problem. A fuzzer
 * found the first such crash: the schema validator narrowed 1E+100 to a long to compare it with a bound.
 */
public final class HugeNumbers {

    private static final Pattern NUMBER = Pattern.compile("(?<=: |\\[|, )\\d+(\\.\\d+)?(?=[,}\\]\\n])");
    private static final List<String> HUGE = List.of("1E+100", "-1E+100", "1e400", "99999999999999999999", "-99999999999999999999.5");

    private HugeNumbers() {
    }

    /** Each place whose huge number threw, or whose document was then reported valid. */
    public static List<String> mishandled(String valid, Function<String, List<?>> problems) {
        List<String> wrong = new ArrayList<>();
        Matcher number = NUMBER.matcher(valid);
        int places = 0;
        while (number.find()) {
            places++;
            String where = valid.substring(Math.max(0, number.start() - 24), number.end()).replace('\n', ' ');
            for (String huge : HUGE) {
                String text = valid.substring(0, number.start()) + huge + valid.substring(number.end());
                try {
                    if (problems.apply(text).isEmpty()) {
                        wrong.add(where + " <- " + huge + ": reported valid");
                    }
                } catch (RuntimeException e) {
                    wrong.add(where + " <- " + huge + ": " + e);
                }
            }
        }
        if (places == 0) {
            wrong.add("the document has no numbers to replace");
        }
        return wrong;
    }
}
