package org.branchdesk.service.access;

import java.util.function.Function;
import org.branchdesk.domain.accounts.Permission;
import org.branchdesk.store.Store;
import org.branchdesk.store.StoreSession;

/**
 * The one way services change the office: the account's role is checked before the transaction
 * starts. An architecture test keeps every other class of the service layer from calling {@link
 * Store#write} itself.
 */
public final class Access {
    private Access() {}

    public static <T> T write(
            Store store, Actor actor, Permission permission, Function<StoreSession, T> work) {
        actor.require(permission);
        return store.write(work);
    }

    /**
     * A change every signed-in account may make to what is its own (its password), whatever its
     * role; the audit log still records it.
     */
    public static <T> T writeOwn(Store store, Actor actor, Function<StoreSession, T> work) {
        return store.write(work);
    }
}
