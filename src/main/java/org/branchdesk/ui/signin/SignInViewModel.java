package org.branchdesk.ui.signin;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.branchdesk.service.accounts.OfficeAccess;
import org.branchdesk.ui.common.BackgroundTask;
import org.branchdesk.ui.common.I18n;
import org.branchdesk.ui.common.TaskExecutor;

/**
 * The office's door in the window: sign in with an account, set up the first administrator (which
 * encrypts an office from before accounts), or set a new administrator password with the recovery
 * code. The slow password check runs in the background.
 */
public final class SignInViewModel {
    /** What the form asks for. */
    public enum Mode {
        SIGN_IN,
        SET_UP,
        RECOVER
    }

    private final OfficeAccess access;
    private final TaskExecutor tasks;
    private final Consumer<OfficeAccess.SetUp> opened;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SIGN_IN);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty recoveryCode = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final boolean converting;
    private final BooleanBinding canSubmit;

    /**
     * @param state what the office folder holds (sign in, or set up)
     * @param opened receives the opened office (with a recovery code after a set-up or recovery)
     */
    public SignInViewModel(
            OfficeAccess access,
            OfficeAccess.State state,
            TaskExecutor tasks,
            Consumer<OfficeAccess.SetUp> opened) {
        this.access = access;
        this.tasks = tasks;
        this.opened = opened;
        this.converting = state == OfficeAccess.State.UNENCRYPTED;
        mode.set(state == OfficeAccess.State.ACCOUNTS ? Mode.SIGN_IN : Mode.SET_UP);
        canSubmit =
                Bindings.createBooleanBinding(
                        () ->
                                !busy.get()
                                        && !name.get().isBlank()
                                        && !password.get().isEmpty()
                                        && (mode.get() == Mode.SIGN_IN || !confirm.get().isEmpty())
                                        && (mode.get() != Mode.RECOVER
                                                || !recoveryCode.get().isBlank()),
                        busy,
                        name,
                        password,
                        confirm,
                        recoveryCode,
                        mode);
        mode.addListener(
                (obs, old, now) -> {
                    error.set("");
                    password.set("");
                    confirm.set("");
                });
    }

    /** Signs in, sets up or recovers, as the mode says. */
    public void submit() {
        if (!canSubmit.get()) {
            return;
        }
        Mode m = mode.get();
        if (m != Mode.SIGN_IN && !password.get().equals(confirm.get())) {
            error.set(I18n.text("signIn.confirmDiffers"));
            return;
        }
        String n = name.get().trim();
        char[] p = password.get().toCharArray();
        String code = recoveryCode.get();
        busy.set(true);
        error.set("");
        String label =
                I18n.text(
                        m == Mode.SIGN_IN
                                ? "task.signIn"
                                : m == Mode.SET_UP
                                        ? (converting ? "task.convert" : "task.setUp")
                                        : "task.recover");
        tasks.execute(
                BackgroundTask.of(
                                label,
                                pr -> {
                                    try {
                                        return switch (m) {
                                            case SIGN_IN ->
                                                    new OfficeAccess.SetUp(
                                                            access.signIn(n, p), null, null);
                                            case SET_UP -> access.setUp(n, p);
                                            case RECOVER -> access.recover(code, n, p);
                                        };
                                    } finally {
                                        OfficeAccess.forget(p);
                                    }
                                })
                        .onSuccess(
                                done -> {
                                    busy.set(false);
                                    password.set("");
                                    confirm.set("");
                                    recoveryCode.set("");
                                    opened.accept(done);
                                })
                        .onFailure(
                                e -> {
                                    busy.set(false);
                                    password.set("");
                                    error.set(I18n.messageOf(e));
                                }));
    }

    /** Shows why the form is back (a restore that was refused, say). */
    public void showError(String text) {
        error.set(text == null ? "" : text);
    }

    /** "Forgot the password": the administrator's name, the recovery code and a new password. */
    public void forgotPassword() {
        if (!busy.get()) {
            mode.set(Mode.RECOVER);
        }
    }

    public void backToSignIn() {
        if (!busy.get()) {
            mode.set(Mode.SIGN_IN);
        }
    }

    public boolean converting() {
        return converting;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public StringProperty recoveryCodeProperty() {
        return recoveryCode;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }
}
