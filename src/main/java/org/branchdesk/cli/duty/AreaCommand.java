package org.branchdesk.cli.duty;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.AreaRules;
import org.branchdesk.domain.duty.ContactChannel;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.AreaService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code area add|end|contact|list|quiet}: cadres' areas (包联). A cadre is a member or a person on
 * the people register, named by name, with {@code --id-tail} when not unique; an area is the
 * cadre's in {@code --community} (and {@code --compound}), or their only one.
 */
@Command(
        name = "area",
        mixinStandardHelpOptions = true,
        subcommands = {
            AreaCommand.Add.class,
            AreaCommand.End.class,
            AreaCommand.Contact.class,
            AreaCommand.ListLines.class,
            AreaCommand.Quiet.class
        })
public final class AreaCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    public AreaCommand(OfficeOpener opener) {
        // the verbs open the office
    }

    @Override
    public Integer call() {
        return DutyVerb.usage(spec);
    }

    /**
     * Converts {@code --channel} ({@code phone}, {@code wechat}, {@code video}, {@code on-site}).
     */
    public static final class ChannelWord implements ITypeConverter<ContactChannel> {
        @Override
        public ContactChannel convert(String value) {
            return DutyVerb.word(ContactChannel.class, value);
        }
    }

    /** A verb about one of a cadre's areas: its place may be left out when they have only one. */
    abstract static class OfArea extends OfCadre {
        @Option(names = "--community", paramLabel = "NAME", descriptionKey = "option.areaCommunity")
        String community;

        @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.dutyCompound")
        String compound;

        OfArea(OfficeOpener opener) {
            super(opener);
        }

        UUID area(Services s) {
            UUID c = community == null ? null : s.dutyNames().community(community);
            return s.areas()
                    .openArea(who(s), c, c == null ? null : s.dutyNames().compound(c, compound));
        }

        /** The area's line, for what the verb prints. */
        static AreaService.Line line(Services s, UUID id) {
            return s.areas().lines(true).stream()
                    .filter(l -> l.id().equals(id))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** {@code area add}: a cadre answers for a community (or one compound) from a day. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends OfCadre {
        @Mixin DutyVerb.Place place;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.dutyFrom")
        LocalDate from;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            UUID community = place.communityId(s);
            var a =
                    s.areas()
                            .add(
                                    new AreaService.NewArea(
                                            who(s),
                                            community,
                                            place.compoundId(s, community),
                                            from,
                                            null));
            AreaService.Line l = OfArea.line(s, a.id());
            out.println(
                    Messages.format(
                            "cli.area.added",
                            l.name(),
                            ReportingCommand.place(l.community(), l.compound()),
                            l.from()));
        }
    }

    /** {@code area end}: a cadre's area ends on its last day. */
    @Command(name = "end", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class End extends OfArea {
        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.endedOn")
        LocalDate on;

        public End(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            var a = s.areas().end(area(s), on);
            AreaService.Line l = line(s, a.id());
            out.println(
                    Messages.format(
                            "cli.area.ended",
                            l.name(),
                            ReportingCommand.place(l.community(), l.compound()),
                            on));
        }
    }

    /** {@code area contact}: a cadre contacted their area on a day, by a channel. */
    @Command(name = "contact", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Contact extends OfArea {
        @Option(
                names = "--on",
                required = true,
                paramLabel = "DATE",
                descriptionKey = "option.contactOn")
        LocalDate on;

        @Option(
                names = "--channel",
                required = true,
                paramLabel = "CHANNEL",
                converter = ChannelWord.class,
                descriptionKey = "option.channel")
        ContactChannel channel;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "option.contactNote")
        String note;

        public Contact(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            UUID id = area(s);
            s.areas().logContact(id, on, channel, note);
            AreaService.Line l = line(s, id);
            out.println(
                    Messages.format(
                            "cli.area.contacted",
                            l.name(),
                            on,
                            Messages.format("contactChannel." + channel.name()),
                            ReportingCommand.place(l.community(), l.compound())));
        }
    }

    /**
     * {@code area list [--all]}: one tab-separated line per area: cadre, phone (masked), place,
     * from, to, contacts, last contact.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    public static final class ListLines extends DutyVerb {
        @Option(names = "--all", descriptionKey = "option.areaAll")
        boolean all;

        public ListLines(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            print(s.areas().lines(all), out);
        }
    }

    /**
     * {@code area quiet [--days N]}: areas nobody contacted in the last N days, as {@code list}.
     */
    @Command(name = "quiet", mixinStandardHelpOptions = true)
    public static final class Quiet extends DutyVerb {
        @Option(
                names = "--days",
                paramLabel = "N",
                defaultValue = "" + AreaRules.DEFAULT_QUIET_DAYS,
                descriptionKey = "option.quietDays")
        int days;

        public Quiet(OfficeOpener opener) {
            super(opener);
        }

        @Override
        void run(Services s, PrintWriter out) {
            print(s.areas().quiet(days), out);
        }
    }

    static void print(java.util.List<AreaService.Line> lines, PrintWriter out) {
        for (AreaService.Line l : lines) {
            out.println(
                    String.join(
                            "\t",
                            l.name(),
                            l.maskedPhone(),
                            ReportingCommand.place(l.community(), l.compound()),
                            l.from().toString(),
                            l.to() == null ? "" : l.to().toString(),
                            Integer.toString(l.contacts()),
                            l.lastContact() == null
                                    ? Messages.format("cli.area.neverContacted")
                                    : l.lastContact().toString()));
        }
    }
}
