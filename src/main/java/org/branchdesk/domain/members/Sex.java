package org.branchdesk.domain.members;

/** Sex as recorded (性别); the ID number's sequence digit carries it too. */
public enum Sex {
    MALE,
    FEMALE
}
