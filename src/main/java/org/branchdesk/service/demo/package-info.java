/**
 * The fictional demo street: loaded from {@code seeds/}, or generated at any size for benchmarks.
 */
package org.branchdesk.service.demo;
