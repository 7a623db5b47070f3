package org.branchdesk.cli.accounts;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.Credentials;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.cli.Secrets;
import org.branchdesk.domain.accounts.Accounts;
import org.branchdesk.domain.accounts.Role;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.service.Services;
import org.branchdesk.service.accounts.AccountService;
import org.branchdesk.service.accounts.OfficeAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code user add|passwd|list|role|disable|enable|unlock|recover}: the office's accounts. New
 * passwords come from {@code --new-password-file} or {@code BRANCHDESK_NEW_PASSWORD}, the recovery
 * code from {@code --recovery-file}: never from an argument, never prompted.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        subcommands = {
            UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.ListAccounts.class,
                    UserCommand.SetRole.class,
            UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.Unlock.class,
                    UserCommand.Recover.class
        })
public final class UserCommand implements Callable<Integer> {
    static final String NEW_PASSWORD_VARIABLE = "BRANCHDESK_NEW_PASSWORD";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.USAGE;
    }

    /** Options shared by the commands that set a password. */
    public static final class NewPassword {
        @Option(
                names = "--new-password-file",
                paramLabel = "FILE",
                descriptionKey = "option.newPasswordFile")
        Path file;

        char[] read(RootCommand root) {
            char[] p =
                    file != null
                            ? Secrets.readFile(file, "option.newPasswordFile")
                            : Secrets.fromVariable(root.variable(NEW_PASSWORD_VARIABLE));
            if (p == null || p.length == 0) {
                throw new UserError("cli.user.noNewPassword", NEW_PASSWORD_VARIABLE);
            }
            return p;
        }
    }

    /** The parent of every subcommand: the root's options and the opener. */
    public abstract static class Sub implements Callable<Integer> {
        final OfficeOpener opener;
        @ParentCommand UserCommand user;
        @Spec CommandSpec spec;

        public Sub(OfficeOpener opener) {
            this.opener = opener;
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        Services open() {
            return opener.open(user.root.dataDir(), user.root.credentials());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    public static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.account")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                descriptionKey = "option.role")
        String role;

        @picocli.CommandLine.Mixin NewPassword password;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            char[] p = password.read(user.root);
            try (Services s = open()) {
                s.accounts().add(name, r, p);
                out().println(Messages.format("cli.user.added", Accounts.name(name), r.label()));
            } finally {
                OfficeAccess.forget(p);
            }
            return Cli.OK;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true)
    public static final class Passwd extends Sub {
        @Parameters(
                index = "0",
                arity = "0..1",
                paramLabel = "NAME",
                descriptionKey = "param.accountOptional")
        String name;

        @picocli.CommandLine.Mixin NewPassword password;

        public Passwd(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            Credentials who = user.root.credentials();
            char[] current = who.password().clone();
            char[] p = password.read(user.root);
            try (Services s = opener.openToChangePassword(user.root.dataDir(), who)) {
                if (name == null || Accounts.sameName(name.trim(), s.actor().name())) {
                    s.accounts().changeOwnPassword(current, p);
                    out().println(Messages.format("cli.user.passwordChanged", s.actor().name()));
                } else {
                    if (s.accounts().mustChangePassword()) {
                        throw new UserError("error.signIn.mustChangeFirst", s.actor().name());
                    }
                    s.accounts().resetPassword(name, p);
                    out().println(Messages.format("cli.user.passwordReset", name.trim()));
                }
            } finally {
                OfficeAccess.forget(current);
                OfficeAccess.forget(p);
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListAccounts extends Sub {
        public ListAccounts(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                for (AccountService.AccountLine a : s.accounts().list()) {
                    String state =
                            a.disabled()
                                    ? Messages.format("accounts.state.disabled")
                                    : a.lockedUntil() != null
                                            ? Messages.format(
                                                    "accounts.state.locked",
                                                    TIME.withZone(s.office().clock().getZone())
                                                            .format(a.lockedUntil()))
                                            : Messages.format(
                                                    a.mustChangePassword()
                                                            ? "accounts.state.mustChange"
                                                            : "accounts.state.active");
                    out().println(
                                    String.join(
                                            "\t",
                                            a.name(),
                                            a.role().name().toLowerCase(Locale.ROOT),
                                            a.role().label(),
                                            state));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true)
    public static final class SetRole extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.account")
        String name;

        @Parameters(index = "1", paramLabel = "ROLE", descriptionKey = "option.role")
        String role;

        public SetRole(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            Role r = Role.parse(role);
            try (Services s = open()) {
                s.accounts().setRole(name, r);
                out().println(Messages.format("accounts.roleChanged", name.trim(), r.label()));
            }
            return Cli.OK;
        }
    }

    /** A change to one named account that needs nothing else: it runs, then says what it did. */
    public abstract static class OnAccount extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.account")
        String name;

        public OnAccount(OfficeOpener opener) {
            super(opener);
        }

        /** Changes the account; returns the bundle key of what to say. */
        abstract String change(AccountService accounts, String account);

        @Override
        public Integer call() {
            try (Services s = open()) {
                out().println(Messages.format(change(s.accounts(), name), name.trim()));
            }
            return Cli.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true)
    public static final class Disable extends OnAccount {
        public Disable(OfficeOpener opener) {
            super(opener);
        }

        @Override
        String change(AccountService accounts, String account) {
            accounts.setDisabled(account, true);
            return "accounts.disabled";
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true)
    public static final class Enable extends OnAccount {
        public Enable(OfficeOpener opener) {
            super(opener);
        }

        @Override
        String change(AccountService accounts, String account) {
            accounts.setDisabled(account, false);
            return "accounts.enabled";
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true)
    public static final class Unlock extends OnAccount {
        public Unlock(OfficeOpener opener) {
            super(opener);
        }

        @Override
        String change(AccountService accounts, String account) {
            accounts.unlock(account);
            return "accounts.unlocked";
        }
    }

    /** The administrator forgot the password: the recovery code written down at set-up. */
    @Command(name = "recover", mixinStandardHelpOptions = true)
    public static final class Recover extends Sub {
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "param.adminAccount")
        String name;

        @Option(
                names = "--recovery-file",
                required = true,
                paramLabel = "FILE",
                descriptionKey = "option.recoveryFile")
        Path recoveryFile;

        @picocli.CommandLine.Mixin NewPassword password;

        public Recover(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            String code = new String(Secrets.readFile(recoveryFile, "option.recoveryFile"));
            char[] p = password.read(user.root);
            OfficeAccess.SetUp done = opener.recover(user.root.dataDir(), name, code, p);
            try (Services s = done.services()) {
                out().println(Messages.format("cli.user.recovered", s.actor().name()));
                out().println(Messages.format("cli.setUp.recoveryCode", done.recoveryCode()));
            } finally {
                OfficeAccess.forget(p);
            }
            return Cli.OK;
        }
    }
}
