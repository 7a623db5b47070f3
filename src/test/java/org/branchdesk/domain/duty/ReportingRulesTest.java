package org.branchdesk.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.members.Presence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReportingRulesTest {
    static final UUID MEMBER = UUID.randomUUID();
    static final UUID COMMUNITY = UUID.randomUUID();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Presence.class)
    void onlyAMemberTheRegisterMarksAsInServiceReports(Presence presence) {
        assertThat(ReportingRules.inService(presence))
                .isEqualTo(presence == Presence.REPORTING_IN_SERVICE);
    }

    static Reporting reporting(LocalDate endedOn) {
        return new Reporting(
                UUID.randomUUID(),
                MEMBER,
                COMMUNITY,
                null,
                WorkUnit.named("field.reporting.unit", "明川区税务局", "field.reporting.unitOrg", "机关党委"),
                LocalDate.of(2020, 2, 3),
                endedOn);
    }

    @ParameterizedTest(name = "earlier reportings ended {0}: reporting already {1}")
    @CsvSource({"'',false", "2020-02-10,false", "2020-02-10 open,true", "open,true"})
    void noMemberHasTwoOpenReportings(String earlier, boolean already) {
        List<Reporting> ofMember = new ArrayList<>();
        for (String e : earlier.split(" ")) {
            if (e.equals("open")) {
                ofMember.add(reporting(null));
            } else if (!e.isEmpty()) {
                ofMember.add(reporting(LocalDate.parse(e)));
            }
        }
        assertThat(ReportingRules.reportingAlready(ofMember)).isEqualTo(already);
    }

    @ParameterizedTest(name = "earlier 2020-02-03 to {0}, new from {1}: overlaps {2}")
    @CsvSource({
        "2020-02-10,2020-02-01,true", // before the earlier one began: its days would count twice
        "2020-02-10,2020-02-03,true",
        "2020-02-10,2020-02-09,true",
        "2020-02-10,2020-02-10,false", // from the day the earlier one ended
        "2020-02-10,2020-03-01,false",
        "open,2020-03-01,false" // an open one is the rule above, not this one
    })
    void aNewReportingStartsNoEarlierThanTheEndOfEveryEarlierOne(
            String endedOn, LocalDate reportedOn, boolean overlaps) {
        Reporting earlier = reporting(endedOn.equals("open") ? null : LocalDate.parse(endedOn));
        assertThat(ReportingRules.overlapsEarlier(List.of(earlier), reportedOn) != null)
                .isEqualTo(overlaps);
        assertThat(ReportingRules.overlapsEarlier(List.of(), reportedOn)).isNull();
    }

    @ParameterizedTest(name = "{0} h: valid {1}")
    @CsvSource({
        "0,false",
        "0.0,false",
        "-1,false",
        "0.1,true",
        "0.5,true",
        "3,true",
        "3.50,true", // a trailing zero is still one decimal
        "24,true",
        "24.0,true",
        "24.1,false",
        "25,false",
        "1.25,false"
    })
    void aDaysHoursAreMoreThanNoneAtMost24ToOneDecimal(BigDecimal hours, boolean valid) {
        assertThat(ReportingRules.validHours(hours)).isEqualTo(valid);
        if (valid) {
            assertThat(
                            ReportingHours.of(
                                            UUID.randomUUID(),
                                            UUID.randomUUID(),
                                            LocalDate.of(2020, 2, 3),
                                            hours,
                                            " ")
                                    .hours())
                    .isEqualByComparingTo(hours)
                    .hasScaleOf(1);
        } else {
            assertThatThrownBy(
                            () ->
                                    ReportingHours.of(
                                            UUID.randomUUID(),
                                            UUID.randomUUID(),
                                            LocalDate.of(2020, 2, 3),
                                            hours,
                                            null))
                    .isInstanceOf(ValidationError.class)
                    .hasMessage("服务时长：须大于 0、不超过 24 小时，最多一位小数");
        }
    }

    @ParameterizedTest(name = "on register {0}, org {1}: has an addressee {2}")
    @CsvSource({"true,,true", "false,机关党委,true", "false,,false"})
    void theFeedbackSheetNeedsTheUnitsPartyOrganization(
            boolean onRegister, String org, boolean addressee) {
        WorkUnit unit =
                onRegister
                        ? WorkUnit.onRegister(UUID.randomUUID())
                        : WorkUnit.named(
                                "field.reporting.unit", "明川供电公司", "field.reporting.unitOrg", org);
        assertThat(ReportingRules.feedbackHasAnAddressee(unit)).isEqualTo(addressee);
        if (!addressee) {
            assertThatThrownBy(
                            () ->
                                    Reporting.of(
                                            UUID.randomUUID(),
                                            MEMBER,
                                            COMMUNITY,
                                            null,
                                            unit,
                                            LocalDate.of(2020, 2, 3)))
                    .hasMessage("工作单位党组织：单位不在单位名册上时，须写明其党组织名称（反馈表寄给它）");
        }
    }

    @ParameterizedTest(name = "org {0}, unit {1}: to {2}")
    @CsvSource({"机关党委,明川区税务局,机关党委", ",锦程机械有限公司,锦程机械有限公司"})
    void theSheetGoesToTheUnitsOrganizationOrElseTheUnit(String org, String unit, String to) {
        assertThat(ReportingRules.feedbackAddressee(org, unit)).isEqualTo(to);
    }

    @ParameterizedTest(name = "unit named \"{0}\" is refused")
    @CsvSource({"'  '", "''"})
    void aUnitByNameHasAName(String name) {
        assertThatThrownBy(
                        () ->
                                WorkUnit.named(
                                        "field.reporting.unit",
                                        name,
                                        "field.reporting.unitOrg",
                                        "机关党委"))
                .hasMessage("工作单位：不能为空");
    }

    @ParameterizedTest(name = "post of {0}: in the community {1}")
    @CsvSource({"same,true", "other,false"})
    void aMemberClaimsPostsOfTheCommunityTheyReportedTo(String where, boolean in) {
        UUID post = where.equals("same") ? COMMUNITY : UUID.randomUUID();
        assertThat(ReportingRules.postInCommunity(post, COMMUNITY)).isEqualTo(in);
    }

    @ParameterizedTest(name = "closed {0}, on {1}: open {2}")
    @CsvSource({
        ",2020-02-10,true",
        "2020-02-11,2020-02-10,true",
        "2020-02-10,2020-02-10,false", // closed from the day it was closed
        "2020-02-01,2020-02-10,false"
    })
    void aPostIsOpenBeforeTheDayItWasClosed(LocalDate closedOn, LocalDate day, boolean open) {
        assertThat(ReportingRules.postOpenOn(closedOn, day)).isEqualTo(open);
    }

    @Test
    void oneReportingClaimsAPostOnce() {
        UUID reporting = UUID.randomUUID();
        UUID post = UUID.randomUUID();
        List<ReportingClaim> claims =
                List.of(
                        new ReportingClaim(
                                UUID.randomUUID(), reporting, post, LocalDate.of(2020, 2, 3)));
        assertThat(ReportingRules.claimedAlready(claims, post)).isTrue();
        assertThat(ReportingRules.claimedAlready(claims, UUID.randomUUID())).isFalse();
        assertThat(ReportingRules.claimedAlready(List.of(), post)).isFalse();
    }

    @ParameterizedTest(name = "open {0}, an open claim {1}, assigned {2}: without a post {3}")
    @CsvSource({
        "true,false,false,true",
        "true,true,false,false",
        "true,false,true,false",
        "true,true,true,false",
        "false,false,false,false" // an ended reporting is no longer counted
    })
    void aReportingMemberWithoutAPostHasNoOpenClaimAndNoShift(
            boolean open, boolean claim, boolean assigned, boolean without) {
        assertThat(ReportingRules.withoutPost(open, claim, assigned)).isEqualTo(without);
    }

    @ParameterizedTest(name = "recorded {0}; shifts {1}: {2} h")
    @CsvSource({
        "'','',0.0",
        "2.5,'',2.5",
        "'',07:00-12:00,5.0",
        "'',22:00-07:00,9.0", // overnight: hours on both days
        "1.5 0.5,07:00-12:00 22:00-07:00 18:00-22:00,20.0",
        "'',07:00-07:20,0.3" // twenty minutes: a third of an hour, to one decimal
    })
    void hoursServedAreTheRecordedHoursAndTheShiftsAttended(
            String recorded, String shifts, BigDecimal total) {
        List<BigDecimal> hours =
                recorded.isEmpty()
                        ? List.of()
                        : Arrays.stream(recorded.split(" ")).map(BigDecimal::new).toList();
        List<Duration> attended =
                shifts.isEmpty()
                        ? List.of()
                        : Arrays.stream(shifts.split(" "))
                                .map(
                                        s ->
                                                new ShiftPattern(
                                                                LocalTime.parse(s.substring(0, 5)),
                                                                LocalTime.parse(s.substring(6)))
                                                        .length())
                                .toList();
        assertThat(ReportingRules.hoursServed(hours, attended)).isEqualTo(total);
    }
}
