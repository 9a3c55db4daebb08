package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.ErrorText;
import io.groupbuy.core.GroupBuyException;
import io.groupbuy.core.ProductRef;
import io.groupbuy.links.FoundLink;
import io.groupbuy.links.ProductLink;
import io.groupbuy.links.ProductLinks;
import io.groupbuy.links.ShortLink;
import io.groupbuy.links.UnsupportedLink;
import java.util.ArrayList;
import java.util.List;

/**
 * A message that holds product links: one card per product, in the order pasted (at most a few per
 * message); a word for each link we cannot use (short link that would not open, marketplace PandaPon
 * does not serve). One product failing does not cost the others their cards.
 */
public final class LinkAction {
    static final int MAX_CARDS = 4;

    private final ProductLinks links;
    private final ProductCards cards;

    public LinkAction(ProductLinks links, ProductCards cards) {
        this.links = links;
        this.cards = cards;
    }

    /** The links found in a text (short links resolved when possible). */
    public List<FoundLink> find(String text) {
        return links.find(text);
    }

    /**
     * Cards and notes for the links found; empty when there were none. At most {@link #MAX_CARDS} cards
     * and one text gathering every note, so a reply fits LINE's five messages.
     */
    public Reply answer(Turn turn, List<FoundLink> found) {
        List<OutMessage> messages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int shown = 0;
        int skipped = 0;
        for (FoundLink link : found) {
            if (link instanceof ProductLink p) {
                if (shown >= MAX_CARDS) {
                    skipped++;
                    continue;
                }
                try {
                    messages.add(cards.show(turn, new ProductRef(p.marketplace(), p.itemId()),
                            "card:" + turn.operationKey() + ":" + shown));
                    shown++;
                } catch (GroupBuyException e) {
                    notes.add(ErrorText.sentence(turn.view(), e));
                }
            } else if (link instanceof ShortLink) {
                notes.add(turn.t("link.short_unresolved"));
            } else if (link instanceof UnsupportedLink u) {
                notes.add(turn.t("link.unsupported", u.marketplaceName()));
            }
        }
        if (skipped > 0) {
            notes.add(turn.t("link.too_many", MAX_CARDS, skipped));
        }
        if (!notes.isEmpty()) {
            messages.add(OutMessage.Text.of(String.join("\n", notes.stream().distinct().toList())));
        }
        return new Reply(messages, null);
    }
}
