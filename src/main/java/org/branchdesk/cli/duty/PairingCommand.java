package org.branchdesk.cli.duty;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.common.UserError;
import org.branchdesk.domain.common.ValidationError;
import org.branchdesk.domain.duty.AssistanceCategory;
import org.branchdesk.domain.duty.Pairing;
import org.branchdesk.domain.duty.ServiceEntry;
import org.branchdesk.domain.duty.ServiceKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.AssistanceService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pairing add|end|list|log|services|unpaired}: one-to-one assistance. A member is named as
 * {@code leader} names one (name, {@code --id-tail} when the name is not unique, or the code a
 * refusal listed); a resident under assistance by the head of the household's name, narrowed by
 * {@code --community} and {@code --compound}, or by the code {@code pairing unpaired} or a refusal
 * listed; a pairing by the code {@code pairing add} and {@code pairing list} print.
 *
 * <p>Health details are personal data and never go on a command line (shell history keeps it):
 * {@code pairing log} reads them from a UTF-8 text file given with {@code --health-file}, or leaves
 * them to the window. No command prints them: {@code pairing services} says only that they were
 * noted.
 */
@Command(
        name = "pairing",
        mixinStandardHelpOptions = true,
        subcommands = {
            PairingCommand.Add.class,
            PairingCommand.End.class,
            PairingCommand.ListPairings.class,
            PairingCommand.Log.class,
            PairingCommand.ListServices.class,
            PairingCommand.Unpaired.class
        })
public final class PairingCommand implements Callable<Integer> {
    /** A health-details file larger than this is refused unread (the column holds 200). */
    static final long MAX_HEALTH_FILE = 4096;

    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public PairingCommand(OfficeOpener opener) {
        // the subcommands open the office
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.USAGE;
    }

    /** The words of the command line for an enum: {@code elderly-alone}, {@code visit}. */
    static <E extends Enum<E>> E word(Class<E> type, String value) {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Converts {@code --category}. */
    public static final class CategoryWord implements ITypeConverter<AssistanceCategory> {
        @Override
        public AssistanceCategory convert(String value) {
            return word(AssistanceCategory.class, value);
        }
    }

    /** Converts {@code --kind}. */
    public static final class KindWord implements ITypeConverter<ServiceKind> {
        @Override
        public ServiceKind convert(String value) {
            return word(ServiceKind.class, value);
        }
    }

    /** What every subcommand shares: the office it opens. */
    abstract static class Sub implements Callable<Integer> {
        final OfficeOpener opener;
        @ParentCommand PairingCommand pairing;
        @Spec CommandSpec spec;

        Sub(OfficeOpener opener) {
            this.opener = opener;
        }

        Services open() {
            return opener.open(pairing.root.dataDir(), pairing.root.credentials());
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** A subcommand about one pairing, named by its code. */
    abstract static class OnePairing extends Sub {
        @Option(
                names = "--pairing",
                required = true,
                paramLabel = "CODE",
                descriptionKey = "option.pairingCode")
        String code;

        OnePairing(OfficeOpener opener) {
            super(opener);
        }
    }

    /** {@code pairing add}: a member pairs with a resident under assistance. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends Sub {
        @Option(
                names = "--member",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.pairingMember")
        String member;

        @Option(names = "--id-tail", paramLabel = "NNNN", descriptionKey = "option.idTail")
        String idTail;

        @Option(
                names = "--household",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.pairingHousehold")
        String household;

        @Option(
                names = "--community",
                paramLabel = "NAME",
                descriptionKey = "option.pairingCommunity")
        String community;

        @Option(
                names = "--compound",
                paramLabel = "NAME",
                descriptionKey = "option.pairingCompound")
        String compound;

        @Option(
                names = "--category",
                required = true,
                paramLabel = "CATEGORY",
                converter = CategoryWord.class,
                descriptionKey = "option.pairingCategory")
        AssistanceCategory category;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.pairingFrom")
        LocalDate from;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                UUID memberId = s.leadership().memberNamed(member, idTail);
                UUID householdId = s.assistance().householdNamed(household, community, compound);
                Pairing p =
                        s.assistance()
                                .pair(
                                        new AssistanceService.NewPairing(
                                                memberId, householdId, category, from));
                AssistanceService.PairingLine l = line(s, p.id());
                out().println(
                                Messages.format(
                                        "cli.pairing.added",
                                        l.member(),
                                        l.household().head(),
                                        label(l.category()),
                                        l.startedOn(),
                                        l.code()));
            }
            return Cli.OK;
        }
    }

    /** {@code pairing end}: a pairing ends on a day; it and its log stay. */
    @Command(name = "end", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class End extends OnePairing {
        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.pairingEndOn")
        LocalDate on;

        public End(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                Pairing p = s.assistance().end(s.assistance().pairingCoded(code), on);
                AssistanceService.PairingLine l = line(s, p.id());
                out().println(
                                Messages.format(
                                        "cli.pairing.ended",
                                        l.code(),
                                        l.member(),
                                        l.household() == null ? "" : l.household().head(),
                                        l.endedOn()));
            }
            return Cli.OK;
        }
    }

    /**
     * {@code pairing list [--all]}: one tab-separated line per pairing (code, member, head of the
     * household, community, compound, address, phone masked, category, from, to, services, last
     * service); what residents need is never printed.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListPairings extends Sub {
        @Option(names = "--all", descriptionKey = "option.allPairings")
        boolean all;

        public ListPairings(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                for (AssistanceService.PairingLine l : s.assistance().pairings(all)) {
                    AssistanceService.Resident r = l.household();
                    out().println(
                                    String.join(
                                            "\t",
                                            l.code(),
                                            text(l.member()),
                                            r == null
                                                    ? Messages.format("cli.pairing.gone")
                                                    : r.head(),
                                            r == null ? "" : r.community(),
                                            r == null ? "" : r.compound(),
                                            r == null ? "" : r.address(),
                                            r == null ? "" : text(r.maskedPhone()),
                                            label(l.category()),
                                            l.startedOn().toString(),
                                            text(l.endedOn()),
                                            Integer.toString(l.servicesTotal()),
                                            text(l.lastService())));
                }
            }
            return Cli.OK;
        }
    }

    /**
     * {@code pairing log --pairing CODE --on DATE --kind KIND [--note TEXT] [--health-file FILE]}:
     * records a service. Health details come from the file, never from the command line.
     */
    @Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Log extends OnePairing {
        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.serviceOn")
        LocalDate on;

        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                converter = KindWord.class,
                descriptionKey = "option.serviceKind")
        ServiceKind kind;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.serviceNote")
        String note;

        @Option(names = "--health-file", paramLabel = "FILE", descriptionKey = "option.healthFile")
        Path healthFile;

        public Log(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            String health = healthFile == null ? null : readHealth(healthFile);
            try (Services s = open()) {
                UUID pairingId = s.assistance().pairingCoded(code);
                ServiceEntry e =
                        s.assistance()
                                .log(
                                        new AssistanceService.NewService(
                                                pairingId, on, kind, health, note));
                out().println(
                                Messages.format(
                                        e.health() == null
                                                ? "cli.pairing.logged"
                                                : "cli.pairing.loggedWithHealth",
                                        e.day(),
                                        label(e.kind()),
                                        code.trim().toUpperCase(Locale.ROOT)));
            }
            return Cli.OK;
        }
    }

    /**
     * {@code pairing services --pairing CODE}: a pairing's log, one tab-separated line per service
     * (day, kind, whether health details were noted, note). Health details are never printed.
     */
    @Command(name = "services", mixinStandardHelpOptions = true)
    public static final class ListServices extends OnePairing {
        public ListServices(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                for (AssistanceService.ServiceLine l :
                        s.assistance().serviceLog(s.assistance().pairingCoded(code))) {
                    out().println(
                                    String.join(
                                            "\t",
                                            l.day().toString(),
                                            label(l.kind()),
                                            l.health() == null
                                                    ? ""
                                                    : Messages.format("cli.pairing.healthNoted"),
                                            text(l.note())));
                }
            }
            return Cli.OK;
        }
    }

    /**
     * {@code pairing unpaired}: residents under assistance nobody is paired with now, one
     * tab-separated line each (code, community, compound, address, head, phone masked).
     */
    @Command(name = "unpaired", mixinStandardHelpOptions = true)
    public static final class Unpaired extends Sub {
        public Unpaired(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                for (AssistanceService.Resident r : s.assistance().unpaired()) {
                    out().println(
                                    String.join(
                                            "\t",
                                            r.code(),
                                            r.community(),
                                            r.compound(),
                                            r.address(),
                                            r.head(),
                                            text(r.maskedPhone())));
                }
            }
            return Cli.OK;
        }
    }

    private static AssistanceService.PairingLine line(Services s, UUID id) {
        return s.assistance().pairings(true).stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new UserError("error.pairing.notFound"));
    }

    private static String label(AssistanceCategory c) {
        return Messages.format("assistanceCategory." + c.name());
    }

    private static String label(ServiceKind k) {
        return Messages.format("serviceKind." + k.name());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * The health details in a file: UTF-8 text, a byte-order mark dropped; white space is
     * normalised as any typed text is. A file too large for the column is refused unread.
     */
    static String readHealth(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_HEALTH_FILE) {
                throw new ValidationError(
                        "field.service.health", "rule.tooLong", ServiceEntry.MAX_HEALTH);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new UserError(e, "cli.pairing.healthUnreadable", file);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UserError(e, "cli.pairing.healthNotUtf8", file);
        }
    }
}
