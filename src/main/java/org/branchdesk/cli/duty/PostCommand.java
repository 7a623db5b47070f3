package org.branchdesk.cli.duty;

import java.time.LocalDate;
import java.util.UUID;
import org.branchdesk.cli.Cli;
import org.branchdesk.cli.OfficeOpener;
import org.branchdesk.cli.RootCommand;
import org.branchdesk.domain.common.Messages;
import org.branchdesk.domain.duty.Post;
import org.branchdesk.domain.duty.PostKind;
import org.branchdesk.service.Services;
import org.branchdesk.service.duty.RosterService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code post add|close|list}: duty posts of a community or of one of its compounds (a compound is
 * named within its community).
 */
@Command(
        name = "post",
        mixinStandardHelpOptions = true,
        subcommands = {PostCommand.Add.class, PostCommand.Close.class, PostCommand.ListPosts.class})
public final class PostCommand implements DutyCommand, java.util.concurrent.Callable<Integer> {
    @ParentCommand RootCommand root;
    @Spec CommandSpec spec;

    public PostCommand(OfficeOpener opener) {
        // the subcommands open the office
    }

    @Override
    public RootCommand root() {
        return root;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.USAGE;
    }

    /** Converts {@code --kind}. */
    public static final class KindWord implements ITypeConverter<PostKind> {
        @Override
        public PostKind convert(String value) {
            return DutySub.word(PostKind.class, value);
        }
    }

    /** The place of a post: a community, and a compound within it. */
    abstract static class Placed extends DutySub {
        @Option(
                names = "--community",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.rosterCommunity")
        String community;

        @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.rosterCompound")
        String compound;

        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                descriptionKey = "option.postName")
        String name;

        Placed(OfficeOpener opener) {
            super(opener);
        }
    }

    /** {@code post add}. */
    @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Add extends Placed {
        @Option(
                names = "--kind",
                required = true,
                paramLabel = "KIND",
                converter = KindWord.class,
                descriptionKey = "option.postKind")
        PostKind kind;

        @Option(
                names = "--headcount",
                required = true,
                paramLabel = "N",
                descriptionKey = "option.headcount")
        Integer headcount;

        @Option(names = "--party-member", descriptionKey = "option.needsPartyMember")
        boolean partyMember;

        @Option(names = "--tag", paramLabel = "TAG", descriptionKey = "option.needsTag")
        String tag;

        public Add(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                UUID c = community(s, community);
                Post p =
                        s.roster()
                                .addPost(
                                        new RosterService.NewPost(
                                                c,
                                                compound(s, c, compound),
                                                kind,
                                                name,
                                                headcount,
                                                partyMember,
                                                tag));
                out().println(
                                Messages.format(
                                        "cli.post.added",
                                        p.name(),
                                        Messages.format("postKind." + p.kind().name()),
                                        p.headcount()));
            }
            return Cli.OK;
        }
    }

    /** {@code post close}. */
    @Command(name = "close", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class Close extends Placed {
        @Option(names = "--on", paramLabel = "DATE", descriptionKey = "option.postClosedOn")
        LocalDate on;

        public Close(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                UUID c = community(s, community);
                UUID post = s.roster().postNamed(c, compound(s, c, compound), name);
                Post p = s.roster().closePost(post, on == null ? s.roster().today() : on);
                out().println(Messages.format("cli.post.closed", p.name(), p.closedOn()));
            }
            return Cli.OK;
        }
    }

    /** {@code post list}: one tab-separated line per post. */
    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    public static final class ListPosts extends DutySub {
        @Option(
                names = "--community",
                paramLabel = "NAME",
                descriptionKey = "option.rosterCommunity")
        String community;

        @Option(names = "--compound", paramLabel = "NAME", descriptionKey = "option.rosterCompound")
        String compound;

        @Option(names = "--all", descriptionKey = "option.allPosts")
        boolean all;

        public ListPosts(OfficeOpener opener) {
            super(opener);
        }

        @Override
        public Integer call() {
            try (Services s = open()) {
                UUID c = community(s, community);
                for (RosterService.PostLine l :
                        s.roster().posts(c, compound(s, c, compound), all)) {
                    Post p = l.post();
                    out().println(
                                    String.join(
                                            "\t",
                                            l.community(),
                                            l.compound(),
                                            p.name(),
                                            Messages.format("postKind." + p.kind().name()),
                                            String.valueOf(p.headcount()),
                                            p.needsPartyMember()
                                                    ? Messages.format("cli.post.needsMember")
                                                    : "",
                                            p.needsTag() == null ? "" : p.needsTag(),
                                            p.closedOn() == null ? "" : p.closedOn().toString()));
                }
            }
            return Cli.OK;
        }
    }
}
