package org.branchdesk.print;

/** The measures of GB/T 9704-2012 (党政机关公文格式), in points. */
public final class Gb9704 {
    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;

    public static final float PAGE_WIDTH = 210 * MM;
    public static final float PAGE_HEIGHT = 297 * MM;

    /** The binding (left) margin. */
    public static final float LEFT = 28 * MM;

    public static final float TOP_MARGIN = 37 * MM;
    public static final float BLOCK_WIDTH = 156 * MM;
    public static final float BLOCK_HEIGHT = 225 * MM;
    public static final float BLOCK_TOP = PAGE_HEIGHT - TOP_MARGIN;
    public static final float BLOCK_BOTTOM = BLOCK_TOP - BLOCK_HEIGHT;
    public static final float BLOCK_RIGHT = LEFT + BLOCK_WIDTH;
    public static final int LINES = 22;
    public static final int CHARS = 28;
    public static final float LINE_PITCH = BLOCK_HEIGHT / LINES;
    public static final float CHAR_PITCH = BLOCK_WIDTH / CHARS;

    /** 3号: the body. */
    public static final float SIZE_3 = 16f;

    /** 2号: the title. */
    public static final float SIZE_2 = 22f;

    /** 4号: page numbers and the 版记. */
    public static final float SIZE_4 = 14f;

    /** The issuing-authority mark's top edge below the block's top edge. */
    public static final float MARK_OFFSET = 35 * MM;

    /** Widest character of the issuing-authority mark. */
    public static final float MARK_MAX_CHAR = 15 * MM;

    /** The page number's dash (一字线) below the block's bottom edge. */
    public static final float PAGE_NUMBER_OFFSET = 7 * MM;

    private Gb9704() {}

    /**
     * The baseline of grid line {@code k} (0 at the top) for text of {@code size} centred in the
     * line.
     */
    public static float baseline(int k, float size) {
        return BLOCK_TOP - k * LINE_PITCH - (LINE_PITCH - size) / 2 - 0.88f * size;
    }

    /** The baseline of the page number: its dash 7 mm below the block. */
    public static float pageNumberBaseline() {
        return BLOCK_BOTTOM - PAGE_NUMBER_OFFSET - 0.40f * SIZE_4;
    }
}
