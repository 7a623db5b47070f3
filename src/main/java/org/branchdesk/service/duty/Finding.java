package org.branchdesk.service.duty;

import java.util.UUID;
import org.branchdesk.domain.duty.RosterCheck;
import org.branchdesk.domain.duty.Team;

/**
 * A broken rule of the roster as a clerk reads it.
 *
 * @param where the shift: {@code 2020-02-03 周一 07:00-12:00 长乐新村 东门卡点 [1a2b3c4d]}
 * @param what what is wrong: {@code 张三 与 … 的班次时间重叠}
 */
public record Finding(RosterCheck.Problem problem, String where, String what) {
    public RosterCheck.Rule rule() {
        return problem.rule();
    }

    public UUID shiftId() {
        return problem.shiftId();
    }

    /** Who breaks it, or {@code null} for what a shift lacks. */
    public Team.Someone who() {
        return problem.who();
    }

    /** One line: where, then what. */
    public String line() {
        return where + "：" + what;
    }
}
