package org.lighthouse.impact;

/**
 * One question answered by the same people before and after, counted by how each person's answer changed.
 *
 * @param rightBoth right before and after
 * @param rightThenWrong right before, wrong after
 * @param wrongThenRight wrong before, right after
 * @param wrongBoth wrong before and after
 */
public record Pairs(int rightBoth, int rightThenWrong, int wrongThenRight, int wrongBoth) {

    public static final Pairs NONE = new Pairs(0, 0, 0, 0);

    public int people() {
        return rightBoth + rightThenWrong + wrongThenRight + wrongBoth;
    }

    public Pairs add(boolean before, boolean after) {
        return new Pairs(rightBoth + (before && after ? 1 : 0), rightThenWrong + (before && !after ? 1 : 0),
                wrongThenRight + (!before && after ? 1 : 0), wrongBoth + (!before && !after ? 1 : 0));
    }

    public Share before() {
        return new Share(rightBoth + rightThenWrong, people());
    }

    public Share after() {
        return new Share(rightBoth + wrongThenRight, people());
    }
}
