package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.button.PressedButtons;
import io.groupbuy.conversation.model.Content;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.links.FoundLink;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what an event is and who answers it, and when to stay quiet: in a group the bot answers
 * commands, pasted product links (and links it cannot use), button presses, and photos only when
 * addressed or captioned "/search"; other chatter gets silence. In a private chat it answers everything.
 */
public final class Router {
    /** Longer texts are read only this far (a pasted novel is not a shopping list). */
    static final int MAX_TEXT = 8_000;

    private final Map<String, CommandAction> commands;
    private final Map<Act, ButtonAction> buttons;
    private final PressedButtons pressed;
    private final LinkAction links;
    private final PhotoSearchAction photos;
    private final PhotoRequests photoRequests;
    private final HelpAction help;

    public Router(Map<String, CommandAction> commands, Map<Act, ButtonAction> buttons, PressedButtons pressed,
                  LinkAction links, PhotoSearchAction photos, PhotoRequests photoRequests, HelpAction help) {
        this.commands = Map.copyOf(commands);
        this.buttons = Map.copyOf(buttons);
        this.pressed = pressed;
        this.links = links;
        this.photos = photos;
        this.photoRequests = photoRequests;
        this.help = help;
    }

    public Reply route(Turn turn) {
        Content content = turn.incoming().content();
        if (content instanceof Content.BotAdded) {
            return help.welcome(turn);
        }
        if (turn.actor() == null) {
            return Reply.NONE;
        }
        if (content instanceof Content.Text text) {
            return text(turn, bounded(text.text()));
        }
        if (content instanceof Content.ButtonPress press) {
            return button(turn, press.payload());
        }
        if (content instanceof Content.Photo photo) {
            return photo(turn, photo);
        }
        return Reply.NONE; // members joining: nothing to say in a busy group
    }

    private Reply text(Turn turn, String text) {
        Optional<CommandLine> command = CommandLine.parse(text);
        if (command.isPresent()) {
            return command(turn, command.get());
        }
        List<FoundLink> found = links.find(text);
        if (!found.isEmpty()) {
            return links.answer(turn, found);
        }
        return spokenTo(turn) ? turn.say(turn.t("hint.paste")) : Reply.NONE;
    }

    private Reply command(Turn turn, CommandLine command) {
        if (command.forAnotherBot()) {
            return Reply.NONE;
        }
        CommandAction action = commands.get(command.name());
        if (action == null) {
            return turn.say(turn.t("command.unknown", "/" + command.name()));
        }
        return action.command(turn, command.args());
    }

    private Reply photo(Turn turn, Content.Photo photo) {
        String caption = bounded(photo.caption());
        Optional<CommandLine> command = CommandLine.parse(caption);
        if (command.isPresent() && command.get().name().startsWith("search")) {
            return photos.search(turn, photo.bytes());
        }
        List<FoundLink> found = links.find(caption);
        if (!found.isEmpty()) {
            return links.answer(turn, found);
        }
        boolean asked = photoRequests.take(turn.chat().id(), turn.actor().user());
        return asked || spokenTo(turn) ? photos.search(turn, photo.bytes()) : Reply.NONE;
    }

    private Reply button(Turn turn, String payload) {
        Optional<Press> press = pressed.resolve(payload, turn.chat().id());
        if (press.isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        Act act = press.get().act();
        if (act.adminOnly() && !turn.actor().isAdmin()) {
            return turn.say(turn.t("button.admin_only", turn.actor().displayName()));
        }
        ButtonAction action = buttons.get(act);
        return action == null ? turn.say(turn.t("button.expired")) : action.press(turn, press.get());
    }

    private static boolean spokenTo(Turn turn) {
        return !turn.isGroup() || turn.incoming().addressed();
    }

    private static String bounded(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
