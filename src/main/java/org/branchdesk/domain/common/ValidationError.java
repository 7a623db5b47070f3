package org.branchdesk.domain.common;

/** Input refused by a rule: names the field (by its bundle key) and the reason. */
public class ValidationError extends UserError {
    private static final long serialVersionUID = 1L;
    private final String field;

    public ValidationError(String field, String reasonKey, Object... args) {
        super(reasonKey, args);
        this.field = field;
    }

    /** Bundle key of the field, e.g. {@code field.compound.name}. */
    public String field() {
        return field;
    }

    /** "字段：原因" as a clerk reads it. */
    @Override
    public String getMessage() {
        return Messages.format("error.fieldReason", Messages.format(field), super.getMessage());
    }

    /** The reason alone, without the field's name. */
    public String reason() {
        return super.getMessage();
    }
}
