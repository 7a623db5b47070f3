package org.branchdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.branchdesk.domain.UserError;
import org.branchdesk.store.AuditLog.Action;
import org.branchdesk.store.MemberRepository.PersonalData;
import org.branchdesk.store.Store;

/**
 * Where the office keeps personal data and how much of it: members' ID numbers, phones and
 * addresses; households' phones and what assisted residents need (often health details); full
 * exports made; printed documents. Counts only: the inventory itself shows no one's data.
 */
public final class PrivacyService {
    private final Store store;

    public PrivacyService(Store store) {
        this.store = store;
    }

    /** One line of the inventory: where, what, how many. */
    public record Item(String place, String what, int count) {
    }

    public List<Item> inventory() {
        return store.read(s -> {
            PersonalData m = s.members().personalData();
            int[] h = s.households().personalData();
            List<Item> items = new ArrayList<>();
            String members = UserError.format("privacy.place.members");
            items.add(new Item(members, UserError.format("privacy.what.records"), m.active() + m.departed()));
            items.add(new Item(members, UserError.format("privacy.what.idNumbers"), m.idNumbers()));
            items.add(new Item(members, UserError.format("privacy.what.convertedIds"), m.convertedIds()));
            items.add(new Item(members, UserError.format("privacy.what.phones"), m.phones()));
            items.add(new Item(members, UserError.format("privacy.what.addresses"), m.addresses()));
            String households = UserError.format("privacy.place.households");
            items.add(new Item(households, UserError.format("privacy.what.records"), h[0]));
            items.add(new Item(households, UserError.format("privacy.what.phones"), h[1]));
            items.add(new Item(households, UserError.format("privacy.what.health"), h[2]));
            String audit = UserError.format("privacy.place.audit");
            items.add(new Item(audit, UserError.format("privacy.what.fullExports"), s.audit().count(Action.EXPORT)));
            items.add(new Item(UserError.format("privacy.place.documents"), UserError.format("privacy.what.documents"),
                    s.documents().count()));
            return items;
        });
    }

    /** The database file and its size in bytes (it holds everything above). */
    public record DataFile(Path path, long bytes) {
    }

    public DataFile dataFile() {
        Path p = store.databaseFile();
        try {
            return new DataFile(p, Files.exists(p) ? Files.size(p) : 0);
        } catch (IOException e) {
            return new DataFile(p, -1);
        }
    }
}
