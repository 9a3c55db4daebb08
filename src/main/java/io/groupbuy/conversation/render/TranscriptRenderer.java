package io.groupbuy.conversation.render;

import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import java.util.List;

/**
 * A reply as plain text, the way a chat would read it: for the demo transcript and for debugging.
 * Cards read "[picture] title / price / details / [button] [button]", listings as indented text.
 */
public final class TranscriptRenderer {
    private static final String INDENT = "  ";

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        for (OutMessage m : reply.messages()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            message(out, m, "");
        }
        if (reply.notice() != null && !reply.notice().isEmpty()) {
            out.append(out.length() > 0 ? "\n" : "").append("(notice) ").append(reply.notice()).append('\n');
        }
        return out.toString();
    }

    private void message(StringBuilder out, OutMessage m, String indent) {
        if (m instanceof OutMessage.Text t) {
            lines(out, indent, t.text().plainText());
            buttons(out, indent, t.buttons());
            if (!t.quickReplies().isEmpty()) {
                out.append(indent).append(row(t.quickReplies())).append('\n');
            }
        } else if (m instanceof OutMessage.ProductCard c) {
            card(out, c, indent);
        } else if (m instanceof OutMessage.Cards cs) {
            out.append(indent).append(cs.altText()).append('\n');
            for (OutMessage.ProductCard c : cs.cards()) {
                card(out, c, indent + INDENT);
            }
        } else if (m instanceof OutMessage.Listing l) {
            listing(out, l, indent);
        } else {
            OutMessage.Document d = (OutMessage.Document) m;
            out.append(indent).append("[file] ").append(d.fileName()).append(" (").append(d.mimeType()).append(", ")
                    .append(d.bytes() == null ? 0 : d.bytes().length).append(" bytes)");
            if (d.caption() != null) {
                out.append(' ').append(d.caption());
            }
            out.append('\n');
        }
    }

    private void card(StringBuilder out, OutMessage.ProductCard c, String indent) {
        out.append(indent).append(c.pictureUrl() != null ? "[picture] " : "");
        if (c.badge() != null) {
            out.append('[').append(c.badge()).append("] ");
        }
        out.append(c.title()).append('\n');
        if (c.price() != null) {
            out.append(indent).append(c.price());
            if (c.listPrice() != null) {
                out.append(" (was ").append(c.listPrice()).append(')');
            }
            out.append('\n');
        }
        for (String d : c.details()) {
            out.append(indent).append(d).append('\n');
        }
        if (c.prompt() != null) {
            out.append(indent).append(c.prompt()).append('\n');
        }
        buttons(out, indent, c.buttons());
    }

    private void listing(StringBuilder out, OutMessage.Listing l, String indent) {
        out.append(indent).append("== ").append(l.title()).append(" ==\n");
        for (OutMessage.Section s : l.sections()) {
            String itemIndent = indent;
            if (s.heading() != null) {
                out.append(indent).append(s.heading()).append('\n');
                itemIndent = indent + INDENT;
            }
            for (OutMessage.Item i : s.items()) {
                out.append(itemIndent).append(i.text());
                if (i.amount() != null) {
                    out.append(" … ").append(i.amount());
                }
                out.append('\n');
                if (i.note() != null) {
                    out.append(itemIndent).append(INDENT).append("! ").append(i.note()).append('\n');
                }
            }
            if (s.summary() != null) {
                out.append(itemIndent).append(s.summary()).append('\n');
            }
        }
        for (String f : l.footer()) {
            out.append(indent).append(f).append('\n');
        }
        buttons(out, indent, l.buttons());
    }

    private static void lines(StringBuilder out, String indent, String text) {
        for (String line : text.split("\n", -1)) {
            out.append(indent).append(line).append('\n');
        }
        // a text ending in a newline would print an empty line; drop it
        if (text.endsWith("\n")) {
            out.setLength(out.length() - indent.length() - 1);
        }
    }

    private static void buttons(StringBuilder out, String indent, List<List<Button>> rows) {
        for (List<Button> r : rows) {
            out.append(indent).append(row(r)).append('\n');
        }
    }

    private static String row(List<Button> row) {
        StringBuilder sb = new StringBuilder();
        for (Button b : row) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append('[').append(b.label()).append(b.isLink() ? " ↗" : "").append(']');
        }
        return sb.toString();
    }
}
