package io.groupbuy.sandbox;

import io.javalin.config.RoutesConfig;

/** The sandbox's own web pages: product pictures, the simulated 1688 cashier, and a hello page. */
final class SandboxPages {
    private final ProductImages images;
    private final SandboxAdmin admin;

    SandboxPages(ProductImages images, SandboxAdmin admin) {
        this.images = images;
        this.admin = admin;
    }

    void register(RoutesConfig routes) {
        routes.get("/sandbox/images/{name}", ctx -> {
            byte[] png;
            try {
                png = images.png(ctx.pathParam("name")).orElse(null);
            } catch (SandboxError e) {
                png = null;
            }
            if (png == null) {
                ctx.status(404).result("no such sandbox picture");
                return;
            }
            ctx.contentType("image/png").header("Cache-Control", "public, max-age=86400").result(png);
        });
        // The pay link of the 1688 pay-url call: opening it pays the order, like a cashier page would.
        routes.get("/sandbox/pay/{orderId}", ctx -> {
            try {
                SandboxOrderView order = admin.payOrder(ctx.pathParam("orderId"));
                ctx.contentType("text/html; charset=utf-8").result("<html><body><h1>Paid (sandbox)</h1><p>Order "
                        + order.orderId() + " is paid: " + order.totalAmount() + " fen.</p></body></html>");
            } catch (SandboxAdminException e) {
                ctx.status(e.code() == SandboxError.NOT_FOUND ? 404 : 409).result(e.getMessage());
            }
        });
        routes.get("/sandbox", ctx -> ctx.contentType("text/plain; charset=utf-8").result(
                "PandaPon sandbox: a simulator with PandaPon's HTTP contract. Not real data. "
                        + "Admin under /sandbox/admin/ (see docs/SANDBOX.md)."));
    }
}
