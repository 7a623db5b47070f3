package org.branchdesk.domain.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How personal data shows in one place: the audit log, a list, an export, a full export. What is
 * personal is told by the {@link Personal} mark on a record's components; how each kind shows is
 * decided here, once.
 *
 * @param masking how phones are masked (the office's choice; the audit log masks the standard way)
 * @param inClear the kinds shown as they are
 * @param withheld what stands in for a value of a kind that is neither in clear nor maskable
 *     (health details)
 */
public record Disclosure(Masking masking, Set<Personal.Kind> inClear, String withheld) {
    /** The audit log: phones masked the standard way, health details never written. */
    public static final Disclosure AUDIT_LOG =
            new Disclosure(Masking.STANDARD, EnumSet.noneOf(Personal.Kind.class), "***");

    public Disclosure {
        inClear = inClear.isEmpty() ? EnumSet.noneOf(Personal.Kind.class) : EnumSet.copyOf(inClear);
    }

    /**
     * A list on screen: phones masked the office's way; health details in clear only for a role
     * that records them ({@code mayReadHealth}), otherwise only said to be recorded.
     */
    public static Disclosure list(Masking masking, boolean mayReadHealth) {
        return new Disclosure(
                masking,
                mayReadHealth
                        ? EnumSet.of(Personal.Kind.HEALTH)
                        : EnumSet.noneOf(Personal.Kind.class),
                Messages.format("personal.withheld"));
    }

    /** An export or a printed ledger: phones masked the office's way, health details left out. */
    public static Disclosure export(Masking masking) {
        return new Disclosure(
                masking, EnumSet.noneOf(Personal.Kind.class), Messages.format("export.withheld"));
    }

    /**
     * A full export made with a stated reason: phones in clear; health details are still left out.
     */
    public static Disclosure fullExport() {
        return new Disclosure(
                Masking.STANDARD,
                EnumSet.of(Personal.Kind.PHONE),
                Messages.format("export.withheld"));
    }

    /** How a value of a kind shows here; {@code null} stays {@code null}. */
    public String show(Personal.Kind kind, String value) {
        if (value == null || kind == null || inClear.contains(kind)) {
            return value;
        }
        return switch (kind) {
            case PHONE -> masking.phone(value);
            case HEALTH -> withheld;
        };
    }

    /**
     * A copy of a record with each marked component as it shows here, every other component as it
     * is: what a list or an export hands on. Never write such a copy back.
     */
    public <R extends Record> R apply(R record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = read(components[i], record);
            Personal.Kind kind = kindOf(components[i]);
            if (kind != null && values[i] instanceof String text) {
                String shown = show(kind, text);
                changed |= !text.equals(shown);
                values[i] = shown;
            }
        }
        if (!changed) {
            return record;
        }
        try {
            @SuppressWarnings("unchecked")
            Constructor<R> canonical =
                    (Constructor<R>) record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
        }
    }

    /** The value of a component of a record. */
    public static Object read(RecordComponent component, Record record) {
        try {
            Method accessor = component.getAccessor();
            if (!accessor.canAccess(record)) {
                accessor.setAccessible(true); // a record declared inside a class, say
            }
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** The kind of personal data a component holds, or {@code null} when it is not marked. */
    public static Personal.Kind kindOf(RecordComponent component) {
        Personal mark = component.getAnnotation(Personal.class);
        return mark == null ? null : mark.value();
    }

    /** The names of a record type's components marked as personal data of a kind. */
    public static List<String> marked(Class<? extends Record> type, Personal.Kind kind) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (kindOf(c) == kind) {
                names.add(c.getName());
            }
        }
        return names;
    }
}
