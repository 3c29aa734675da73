package org.lighthouse.offer;

/**
 * A sum of money in an offer.
 *
 * @param vnd           the sum in Vietnamese đồng (the upper end of a range)
 * @param timesPerMonth how often it is paid in a month ({@code 26} for a day's pay), or 0 when the text does not say
 * @param use           what the sum is for, as far as the words around it say
 * @param words         the user's words for it
 */
record Amount(double vnd, double timesPerMonth, Use use, String words) {

    /** What a sum is for: pay (a period or a pay word says so), a fee or cost, or not said. */
    enum Use {
        PAY, FEE, UNSAID
    }

    boolean periodic() {
        return timesPerMonth > 0;
    }

    /** What it comes to in a month; a sum with no period counts as a month's pay. */
    double monthlyVnd() {
        return periodic() ? vnd * timesPerMonth : vnd;
    }
}
