package org.lighthouse.offer.photo;

/**
 * Whether Tesseract read words, or only marks it found in a picture without text (a face, a landscape, noise, a
 * blur), which it reads as words it has little faith in: its mean confidence over the words of random noise is about
 * 16 of 100, of a screenshot of a post about 93. Enough is a mean confidence of {@value #LEAST_CONFIDENCE} or more,
 * and at least {@value #FEWEST_LETTERS} letters once the app's screen is left out: an offer has its pay, place and
 * people in words, a greeting card's "Chúc mừng năm mới" is not one.
 */
final class Legibility {

    static final int LEAST_CONFIDENCE = 50;
    static final int FEWEST_LETTERS = 20;

    private Legibility() {
    }

    /** Whether Tesseract's mean confidence in the words it read (0 to 100) says they are words. */
    static boolean confident(int meanConfidence) {
        return meanConfidence >= LEAST_CONFIDENCE;
    }

    static boolean enough(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= FEWEST_LETTERS;
    }
}
