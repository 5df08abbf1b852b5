// The kinds of a table's columns that hold no values of their rows' own, but changes of them.

/** A column of changes on an earlier period (`环比增量`, `同比增长`). */
export const CHANGE_COLUMN = /环比|環比|同比|增量|增减|增減|增长|增長|增幅|降幅|变化|變化/;
/** A column of growth between two periods' columns (`增长%`, `增/减幅(%)`, `增速`). */
export const GROWTH_COLUMN = /增长|增長|增减|增減|增\/减|增\/減|增速|增幅/;
/** A column of indices on the year before (`2014年为上年%`, `上年=100`). */
export const INDEX_COLUMN = /为上年(?:的)?(?:%|％)?$|上年=100|上年为100/;

/** Whether a column holds changes (or indices) of its rows rather than values of them. */
export const ofChanges = (name: string): boolean => CHANGE_COLUMN.test(name) || GROWTH_COLUMN.test(name) || INDEX_COLUMN.test(name.replace(/\s/g, ''));
