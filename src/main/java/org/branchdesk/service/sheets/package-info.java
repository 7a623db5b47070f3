/**
 * Reading and writing clerks' spreadsheets: {@code .xlsx}, {@code .xls} and CSV in UTF-8 or GBK,
 * column synonyms, cells, dates, templates.
 */
package org.branchdesk.service.sheets;
