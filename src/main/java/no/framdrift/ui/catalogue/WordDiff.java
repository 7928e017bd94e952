package no.framdrift.ui.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Which words of an old and a new text differ, by the longest common subsequence of their words,
 * so the history can mark what a steward changed in a long text instead of showing two walls of
 * words. Hand-written: the texts are a few hundred words at most, and java-diff-utils for one
 * table cell would be a new dependency.
 */
public final class WordDiff {

    /** A word (with the spaces after it) and whether it is not in the other text. */
    public record Part(String text, boolean changed) {
    }

    private WordDiff() {
    }

    /** The parts of {@code mine}, each marked changed when it is not part of the common sequence with {@code other}. */
    public static List<Part> parts(String mine, String other) {
        String[] a = tokens(mine);
        String[] b = tokens(other);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].strip().equals(b[j].strip()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length) {
            if (j < b.length && a[i].strip().equals(b[j].strip())) {
                out.add(new Part(a[i], false));
                i++;
                j++;
            } else if (j < b.length && lcs[i][j + 1] >= lcs[i + 1][j]) {
                j++;
            } else {
                out.add(new Part(a[i], true));
                i++;
            }
        }
        return out;
    }

    /** The changed words of {@code mine} against {@code other}, in order. */
    public static List<String> changedWords(String mine, String other) {
        return parts(mine, other).stream().filter(Part::changed).map(p -> p.text().strip()).toList();
    }

    private static String[] tokens(String s) {
        if (s == null || s.isBlank()) {
            return new String[0];
        }
        // each word keeps the blanks after it, so the parts put back together are the text
        return s.split("(?<=\\s)(?=\\S)");
    }
}
