package io.groupbuy.sandbox;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pictures the sandbox serves itself ({@code /sandbox/images/<name>.png}): a card in the SKU's
 * colour with the item's short English name, so a product card in the chat looks plausible without
 * touching the internet. Rendered headless, small (a few KB), cached.
 */
final class ProductImages {
    private static final Logger log = LoggerFactory.getLogger(ProductImages.class);
    private static final Pattern NAME = Pattern.compile("(tb|1688)-(\\d{6,20})-(main|c(\\d{1,2}))(\\.png)?");
    private static final int SIZE = 320;
    private static final int CACHE_SIZE = 512;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final SandboxCatalog catalog;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    ProductImages(SandboxCatalog catalog) {
        this.catalog = catalog;
    }

    static String mainName(CatalogProduct p) {
        return p.platform().group() + "-" + p.id() + "-main.png";
    }

    static String colourName(CatalogProduct p, CatalogSku sku) {
        List<Colour> colours = p.skus().stream().map(CatalogSku::colour).distinct().toList();
        return p.platform().group() + "-" + p.id() + "-c" + colours.indexOf(sku.colour()) + ".png";
    }

    /** The PNG for an image name, or empty when the name is not one of ours. */
    Optional<byte[]> png(String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        synchronized (cache) {
            byte[] cached = cache.get(name);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        CatalogProduct product = m.group(1).equals("tb") ? catalog.taobao(m.group(2)) : catalog.alibaba(m.group(2));
        List<Colour> colours = product.skus().stream().map(CatalogSku::colour).distinct().toList();
        int index = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (colours.isEmpty() || index >= colours.size()) {
            return Optional.empty();
        }
        Colour colour = colours.get(index);
        String caption = m.group(4) == null ? label(product) : colour.en();
        byte[] png = render(Color.decode(colour.hex()), product.shortName(), caption);
        synchronized (cache) {
            cache.put(name, png);
        }
        return Optional.of(png);
    }

    private static String label(CatalogProduct p) {
        return switch (p.platform()) {
            case TAOBAO -> "Taobao";
            case TMALL -> "Tmall";
            case ALIBABA -> "1688";
        } + (p.synthetic() ? " - synthetic" : "") + " - sandbox";
    }

    private static byte[] render(Color background, String title, String caption) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(255, 255, 255, 60));
            g.fillRoundRect(24, 24, SIZE - 48, SIZE - 48, 32, 32);
            drawText(g, background, title, caption);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Text is decoration: a JVM without fonts (slim containers) still gets a plain card. */
    private static void drawText(Graphics2D g, Color background, String title, String caption) {
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            boolean light = (background.getRed() * 299 + background.getGreen() * 587 + background.getBlue() * 114)
                    / 1000 > 150;
            g.setColor(light ? new Color(40, 40, 40) : Color.WHITE);
            int size = 30;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            while (size > 14 && g.getFontMetrics().stringWidth(title) > SIZE - 48) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, --size));
            }
            int width = g.getFontMetrics().stringWidth(title);
            g.drawString(title, Math.max(12, (SIZE - width) / 2), SIZE / 2);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
            width = g.getFontMetrics().stringWidth(caption);
            g.drawString(caption, Math.max(12, (SIZE - width) / 2), SIZE / 2 + 36);
        } catch (RuntimeException | LinkageError | InternalError e) {
            log.debug("sandbox pictures without text: {}", e.toString());
        }
    }
}
