package dev.ascent.learning;

import dev.ascent.learning.progress.ReviewSchedule;

import dev.ascent.learning.progress.ReviewSchedule.Recall;
import dev.ascent.learning.progress.ReviewSchedule.Review;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewScheduleTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    @Test
    void firstReviewComesThreeDaysAfterFinishing() {
        assertThat(ReviewSchedule.first(TODAY)).isEqualTo(new Review(0, TODAY.plusDays(3)));
    }

    @Test
    void goodRecallsClimbTheLadderOfThreeSevenTwentyOneAndSixtyDays() {
        Review review = ReviewSchedule.first(TODAY);
        int[] expected = {7, 21, 60, 60};
        for (int days : expected) {
            review = ReviewSchedule.next(review, Recall.GOOD, TODAY);
            assertThat(review.intervalDays()).isEqualTo(days);
            assertThat(review.due()).isEqualTo(TODAY.plusDays(days));
        }
    }

    @Test
    void easySkipsAStepHardRepeatsItAndForgettingStartsOver() {
        Review second = new Review(1, TODAY);

        assertThat(ReviewSchedule.next(second, Recall.EASY, TODAY).intervalDays()).isEqualTo(60);
        assertThat(ReviewSchedule.next(second, Recall.HARD, TODAY).intervalDays()).isEqualTo(7);
        assertThat(ReviewSchedule.next(new Review(3, TODAY), Recall.FORGOT, TODAY).intervalDays()).isEqualTo(3);
    }
}
