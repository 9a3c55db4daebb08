package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import io.groupbuy.app.config.PandaPonConfig;
import io.groupbuy.pandapon.Signers;
import io.groupbuy.sandbox.PandaPonSandbox;
import io.groupbuy.sandbox.SandboxOptions;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code sandbox}: only the PandaPon simulator, on PANDAPON_SANDBOX_PORT, until stopped. */
final class SandboxCommand {
    private SandboxCommand() {
    }

    static int run(BotConfig config, PrintStream out) throws InterruptedException {
        SandboxOptions options = SandboxOptions.defaults()
                .withPort(config.pandapon().sandboxPort())
                .withBindHost(config.httpHost())
                .withSigner(Signers.byName(config.pandapon().signer()));
        boolean ownCredentials = config.pandapon().credentials().isPresent();
        if (ownCredentials) {
            PandaPonConfig.Credentials c = config.pandapon().credentials().get();
            options = options.withCredentials(c.accessKey(), c.secretKey(), Set.of(c.userId()));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (PandaPonSandbox sandbox = PandaPonSandbox.start(options)) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sandbox-shutdown"));
            out.println("PandaPon sandbox listening on " + sandbox.baseUrl() + " (signer "
                    + config.pandapon().signer() + ")");
            if (ownCredentials) {
                out.println("Accepting the PANDAPON_ACCESS_KEY / PANDAPON_USER_ID of this environment");
            } else {
                out.println("Credentials: access-key=" + SandboxOptions.DEFAULT_ACCESS_KEY + " user-id="
                        + SandboxOptions.DEFAULT_USER_ID + " secret=" + SandboxOptions.DEFAULT_SECRET.reveal()
                        + " (sandbox-only values)");
            }
            out.println("Admin: " + sandbox.baseUrl() + "/sandbox/admin/orders (see docs/SANDBOX.md); Ctrl-C stops");
            stopped.await();
        }
        return 0;
    }
}
