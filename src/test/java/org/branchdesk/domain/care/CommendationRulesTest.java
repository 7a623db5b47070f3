package org.branchdesk.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.Standing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommendationRulesTest {
    static final LocalDate DAY = LocalDate.of(2020, 7, 1);
    static final UUID MEMBER = UUID.randomUUID();
    static final Payment.Recipient WANG = new Payment.Recipient(RecipientKind.MEMBER, MEMBER, "王芳");

    static Commendation decision(String title) {
        return Commendation.of(
                UUID.randomUUID(), title, CommendationLevel.STREET, "中共青槐街道工作委员会", null, DAY);
    }

    static Honoree honoree(Payment.Recipient who, UUID payment, String deeds) {
        return new Honoree(
                UUID.randomUUID(),
                UUID.randomUUID(),
                who,
                payment == null ? HonorForm.CERTIFICATE : HonorForm.REWARD,
                payment,
                deeds);
    }

    static Payment payment(PaymentKind kind, Payment.Recipient to) {
        return Payment.record(
                UUID.randomUUID(),
                kind,
                to,
                Yuan.parse("500"),
                null,
                null,
                "表彰奖励",
                UUID.randomUUID(),
                UUID.randomUUID());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "先进基层党组织,ORGANIZATION",
        "先进党支部,ORGANIZATION",
        "抗击新冠肺炎疫情先进集体,ORGANIZATION",
        "优秀共产党员,MEMBER",
        "优秀党务工作者,MEMBER",
        "抗疫优秀党员,MEMBER",
        "优秀社区工作者,MEMBER PERSON",
        "抗击新冠肺炎疫情先进个人,MEMBER PERSON",
        "最美志愿者,MEMBER PERSON"
    })
    void aTitleGoesToOrganizationsToMembersOrToAnyone(String title, String kinds) {
        Set<RecipientKind> expected = EnumSet.noneOf(RecipientKind.class);
        for (String k : kinds.split(" ")) {
            expected.add(RecipientKind.valueOf(k));
        }
        assertThat(CommendationRules.holders(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"优秀共产党员,true", "优秀党务工作者,true", "先进基层党组织,false", "优秀社区工作者,false"})
    void aTitleForPartyMembersNeedsAFullMember(String title, boolean needs) {
        assertThat(CommendationRules.needsFullMember(title)).isEqualTo(needs);
    }

    @ParameterizedTest(name = "{0}, full on {1}: {2}")
    @CsvSource({
        "FULL,2010-01-01,true",
        "FULL,2020-07-01,true",
        "FULL,2020-07-02,false",
        "FULL,,true",
        "PROBATIONARY,,false"
    })
    void aFullMemberOnTheDayOfTheDecision(Standing standing, LocalDate fullOn, boolean full) {
        assertThat(CommendationRules.fullMemberOn(standing, fullOn, DAY)).isEqualTo(full);
    }

    @ParameterizedTest(name = "{0} [{1}]: {2}")
    @CsvSource({
        "STREET,,true",
        "STREET,青槐街党工〔2020〕9号,true",
        "DISTRICT,明川区委〔2020〕12号,true",
        "DISTRICT,,false",
        "NATIONAL,'  ',false",
        "CITY,,false"
    })
    void aDecisionFromAboveCarriesItsNumber(CommendationLevel level, String number, boolean ok) {
        assertThat(CommendationRules.numberGiven(level, number)).isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0} with payment {1}: {2}")
    @CsvSource({
        "REWARD,true,true",
        "REWARD,false,false",
        "CERTIFICATE,false,true",
        "CERTIFICATE,true,false"
    })
    void aRewardIsLinkedToItsPaymentAndACertificateToNone(
            HonorForm form, boolean linked, boolean ok) {
        assertThat(CommendationRules.paymentMatchesForm(form, linked ? UUID.randomUUID() : null))
                .isEqualTo(ok);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "COMMENDATION_REWARD,SAME,true",
        "COMMENDATION_REWARD,OTHER,false",
        "COMMENDATION_REWARD,SAME_ID_AS_PERSON,false",
        "SOLICITUDE,SAME,false",
        "PERFORMANCE_REWARD,SAME,false"
    })
    void aRewardsPaymentIsACommendationRewardToTheHonoreeItself(
            PaymentKind kind, String to, boolean fits) {
        Payment.Recipient r =
                switch (to) {
                    case "SAME" -> WANG;
                    case "OTHER" ->
                            new Payment.Recipient(RecipientKind.MEMBER, UUID.randomUUID(), "王芳");
                    default -> new Payment.Recipient(RecipientKind.PERSON, MEMBER, "王芳");
                };
        assertThat(CommendationRules.rewardFits(payment(kind, r), WANG)).isEqualTo(fits);
    }

    @Test
    void aCancelledPaymentRewardsNobody() {
        Payment p = payment(PaymentKind.COMMENDATION_REWARD, WANG);
        Payment cancelled =
                new Payment(
                        p.id(),
                        p.kind(),
                        p.recipient(),
                        p.amount(),
                        null,
                        null,
                        p.reason(),
                        p.fundId(),
                        PaymentState.CANCELLED,
                        p.recordedBy(),
                        null,
                        null);
        assertThat(CommendationRules.rewardFits(cancelled, WANG)).isFalse();
    }

    @Test
    void theSameHonoreeIsListedOnceInADecision() {
        List<Honoree> listed = List.of(honoree(WANG, null, "坚守卡点四十天，无一人漏登。"));
        assertThat(CommendationRules.listedOnce(listed, WANG)).isFalse();
        assertThat(
                        CommendationRules.listedOnce(
                                listed,
                                new Payment.Recipient(
                                        RecipientKind.MEMBER, UUID.randomUUID(), "王芳")))
                .isTrue();
        assertThat(CommendationRules.listedOnce(List.of(), WANG)).isTrue();
    }

    @ParameterizedTest(name = "{0} characters: {1}")
    @CsvSource({"0,false", "9,false", "10,true", "300,true", "301,false"})
    void theDeedsAreAShortParagraph(int length, boolean fits) {
        assertThat(CommendationRules.deedsFit("事".repeat(length))).isEqualTo(fits);
    }

    @Test
    void aPaymentRewardsOneHonoreeOnly() {
        UUID p = UUID.randomUUID();
        List<Honoree> all = List.of(honoree(WANG, p, "坚守卡点四十天，无一人漏登。"));
        assertThat(CommendationRules.paymentUnused(all, p)).isFalse();
        assertThat(CommendationRules.paymentUnused(all, UUID.randomUUID())).isTrue();
        assertThat(CommendationRules.paymentUnused(all, null)).isTrue();
    }

    @Test
    void anHonoreeTheRulesAllowPasses() {
        Payment p = payment(PaymentKind.COMMENDATION_REWARD, WANG);
        assertThatCode(
                        () ->
                                CommendationRules.checkHonoree(
                                        decision("优秀共产党员"),
                                        honoree(WANG, p.id(), "坚守卡点四十天，无一人漏登。"),
                                        Standing.FULL,
                                        LocalDate.of(2005, 1, 1),
                                        p,
                                        List.of(),
                                        List.of()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "organization title to a member,rule.commendation.holder",
        "probationary outstanding member,rule.commendation.fullMember",
        "listed twice,rule.commendation.twice",
        "deeds too short,rule.commendation.deeds",
        "reward without payment,rule.commendation.rewardNeedsPayment",
        "payment to someone else,rule.commendation.rewardMismatch",
        "payment used before,rule.commendation.paymentUsed"
    })
    void anHonoreeTheRulesRefuseIsRefusedWithTheRule(String fault, String rule) {
        String deeds = "坚守卡点四十天，无一人漏登。";
        Commendation c = decision(fault.startsWith("organization") ? "先进基层党组织" : "优秀共产党员");
        Standing standing =
                fault.startsWith("probationary") ? Standing.PROBATIONARY : Standing.FULL;
        Payment mine = payment(PaymentKind.COMMENDATION_REWARD, WANG);
        Payment other =
                payment(
                        PaymentKind.COMMENDATION_REWARD,
                        new Payment.Recipient(RecipientKind.MEMBER, UUID.randomUUID(), "李强"));
        Payment p = fault.startsWith("payment to") ? other : mine;
        Honoree h =
                fault.startsWith("reward without")
                        ? new Honoree(
                                UUID.randomUUID(), c.id(), WANG, HonorForm.REWARD, null, deeds)
                        : honoree(WANG, p.id(), fault.startsWith("deeds") ? "很好" : deeds);
        List<Honoree> listed = new ArrayList<>();
        if (fault.startsWith("listed")) {
            listed.add(honoree(WANG, null, deeds));
        }
        List<Honoree> rewarded = new ArrayList<>();
        if (fault.startsWith("payment used")) {
            rewarded.add(
                    honoree(
                            new Payment.Recipient(RecipientKind.PERSON, UUID.randomUUID(), "赵敏"),
                            p.id(),
                            deeds));
        }
        assertThatThrownBy(
                        () ->
                                CommendationRules.checkHonoree(
                                        c,
                                        h,
                                        standing,
                                        null,
                                        fault.startsWith("reward without") ? null : p,
                                        listed,
                                        rewarded))
                .isInstanceOf(ValidationError.class)
                .extracting(e -> ((ValidationError) e).key())
                .isEqualTo(rule);
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource({
        "'',STREET,,2020-07-01,field.commendation.title",
        "优秀共产党员,,,2020-07-01,field.commendation.level",
        "优秀共产党员,DISTRICT,,2020-07-01,field.commendation.doc",
        "优秀共产党员,STREET,,,field.commendation.on"
    })
    void anIncompleteDecisionIsRefusedNamingTheField(
            String title, CommendationLevel level, String doc, LocalDate on, String field) {
        assertThatThrownBy(() -> Commendation.of(UUID.randomUUID(), title, level, "明川区委", doc, on))
                .isInstanceOf(ValidationError.class)
                .extracting(e -> ((ValidationError) e).field())
                .isEqualTo(field);
    }

    @Test
    void everyLevelFormAndGradeHasAChineseName() {
        List<String> keys = new ArrayList<>();
        Stream.of(CommendationLevel.values()).map(CommendationLevel::key).forEach(keys::add);
        Stream.of(HonorForm.values()).map(HonorForm::key).forEach(keys::add);
        Stream.of(AssessmentGrade.values()).map(AssessmentGrade::key).forEach(keys::add);
        for (String k : keys) {
            assertThat(Messages.format(k)).as(k).isNotEqualTo(k).doesNotContainPattern("[A-Za-z]");
        }
    }
}
