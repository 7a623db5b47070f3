/**
 * The care section (关怀激励): its pages ({@link org.branchdesk.ui.care.CarePages}), one tab each —
 * funds with their balances, payments and their batch wizards, and the pages other care screens
 * add.
 */
package org.branchdesk.ui.care;
