package io.groupbuy.app;

import io.groupbuy.core.Secret;
import io.groupbuy.store.Database;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The secret path segment of the PandaPon callback URL: PANDAPON_CALLBACK_TOKEN when the operator set
 * one, otherwise random at first start and kept in the database, so the URL registered in the
 * PandaPon console stays valid across restarts.
 */
final class CallbackToken {
    private static final String SETTING = "pandapon.callback_token";
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private CallbackToken() {
    }

    static Secret resolve(Optional<Secret> configured, Database db, Clock clock) {
        if (configured.isPresent()) {
            return configured.get();
        }
        return Secret.of(db.settingOrInit(SETTING, random(32), clock.instant()));
    }

    static String random(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** The URL as logged: the host part and the first characters of the token, never all of it. */
    static String masked(String base, Secret token) {
        String t = token.reveal();
        return base + "/pandapon/callback/" + t.substring(0, Math.min(4, t.length())) + "…";
    }
}
