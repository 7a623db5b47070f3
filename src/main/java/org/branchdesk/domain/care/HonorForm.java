package org.branchdesk.domain.care;

/** What an honoree receives with the title. */
public enum HonorForm {
    /** 荣誉证书: a certificate only. */
    CERTIFICATE,
    /** 奖励: a reward, paid as a commendation reward ({@link PaymentKind#COMMENDATION_REWARD}). */
    REWARD;

    /** Bundle key of its name. */
    public String key() {
        return "honorForm." + name();
    }
}
