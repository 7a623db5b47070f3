package org.branchdesk.print;

/** The typefaces Chinese official documents use, by role. */
public enum Face {
    /** 仿宋: the body of notices. */
    FANGSONG,
    /** 宋体: ledgers, page numbers. */
    SONG,
    /** 黑体: first-level headings, ledger titles and table headers. */
    HEI,
    /** 楷体: second-level headings. */
    KAI,
    /** 小标宋: titles and the issuing-authority mark. */
    XIAOBIAOSONG
}
