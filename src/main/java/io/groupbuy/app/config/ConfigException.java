package io.groupbuy.app.config;

/** Broken configuration; the message names the bad key and says what is expected (never a secret value). */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
