package org.branchdesk.service.care;

import java.util.Optional;
import java.util.UUID;
import org.branchdesk.domain.care.Payment;
import org.branchdesk.domain.care.RecipientKind;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.Person;
import org.branchdesk.domain.members.Member;
import org.branchdesk.domain.orgs.PartyOrg;
import org.branchdesk.store.StoreSession;

/**
 * Who a care record names (a member, a person, an organization), as their register has them now.
 */
final class CareNames {
    private CareNames() {}

    /**
     * The one named, with the name on its register now; refused naming {@code field} when it is not
     * on its register (or has left it).
     */
    static Payment.Recipient named(StoreSession s, RecipientKind kind, UUID id, String field) {
        if (kind == null || id == null) {
            throw new ValidationError(field, "rule.required");
        }
        Optional<String> name =
                switch (kind) {
                    case MEMBER -> s.members().find(id).filter(Member::isActive).map(Member::name);
                    case PERSON -> s.people().find(id).filter(Person::isActive).map(Person::name);
                    case ORGANIZATION ->
                            s.orgs().find(id).filter(PartyOrg::isActive).map(PartyOrg::name);
                };
        return new Payment.Recipient(
                kind,
                id,
                name.orElseThrow(() -> new ValidationError(field, "rule.care.notOnRegister")));
    }
}
