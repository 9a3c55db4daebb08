package io.groupbuy.conversation.view;

import io.groupbuy.conversation.model.OutMessage.Item;
import java.util.ArrayList;
import java.util.List;

/** Keeps listings small by design: a long section shows its first items and "… and N more". */
final class Trim {
    static final int MAX_ITEMS = 12;

    private Trim() {
    }

    static List<Item> items(ChatView v, List<Item> items) {
        if (items.size() <= MAX_ITEMS) {
            return items;
        }
        List<Item> kept = new ArrayList<>(items.subList(0, MAX_ITEMS - 1));
        kept.add(new Item(v.t("list.more", items.size() - kept.size()), null, null));
        return kept;
    }
}
