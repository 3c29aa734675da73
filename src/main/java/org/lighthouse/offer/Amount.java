package org.lighthouse.offer;

/**
 * A sum of money in an offer.
 *
 * @param vnd           the sum in Vietnamese đồng (the upper end of a range)
 * @param timesPerMonth how often it is paid in a month ({@code 26} for a day's pay), or 0 when the text does not say
 * @param pay           whether it reads as pay for work, rather than a fee, a gift or a price
 * @param words         the user's words for it
 */
record Amount(double vnd, double timesPerMonth, boolean pay, String words) {

    boolean periodic() {
        return timesPerMonth > 0;
    }

    /** What it comes to in a month; a sum with no period counts as a month's pay. */
    double monthlyVnd() {
        return periodic() ? vnd * timesPerMonth : vnd;
    }
}
