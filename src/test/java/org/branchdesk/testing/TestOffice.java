package org.branchdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.branchdesk.service.Actor;
import org.branchdesk.service.Services;
import org.branchdesk.store.FxThreadGuard;
import org.branchdesk.store.Store;

/** A real office database in a temporary folder, for service and ViewModel tests. */
public final class TestOffice {
    private TestOffice() {
    }

    public static Services open(Path dir) {
        return Services.of(Store.open(dir, Clock.systemDefaultZone(), FxThreadGuard.NONE), new Actor("测试员"));
    }

    /** An office that has been set up (青槐街道), with no communities yet. */
    public static Services initialized(Path dir) {
        Services s = open(dir);
        s.office().initialize("青槐街道", "明川区", "青槐街党工");
        return s;
    }
}
