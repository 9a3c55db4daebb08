package io.groupbuy.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings as text, layered: the defaults the jar carries (its copy of bot-config/bot.yaml),
 * then the file in the working directory or named by BOT_CONFIG, then the environment. Secrets may
 * come only from the environment, directly or through a file named by {@code <NAME>_FILE}.
 */
public final class RawSettings {
    static final String DEFAULTS_RESOURCE = "/bot-config/bot.yaml";
    static final Set<String> SECRETS = Set.of("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET", "LINE_CHANNEL_SECRET",
            "LINE_CHANNEL_TOKEN", "LINE_CHANNEL_SECRET_PREVIOUS", "PANDAPON_ACCESS_KEY", "PANDAPON_SECRET_KEY",
            "PANDAPON_USER_ID", "PANDAPON_CALLBACK_TOKEN");

    private final Map<String, String> values;
    private final String source;

    private RawSettings(Map<String, String> values, String source) {
        this.values = values;
        this.source = source;
    }

    public static RawSettings load(Map<String, String> env, Path workingDir) {
        Map<String, String> defaults = readDefaults();
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        String source = "built-in defaults";
        Path file = configFile(env, workingDir);
        if (file != null) {
            Map<String, String> fromFile = readYaml(file);
            for (Map.Entry<String, String> e : fromFile.entrySet()) {
                if (!defaults.containsKey(e.getKey())) {
                    throw new ConfigException(file + ": unknown setting " + e.getKey()
                            + " (see bot-config/bot.yaml for the list)");
                }
                if (SECRETS.contains(e.getKey()) && e.getValue() != null) {
                    throw new ConfigException(file + ": " + e.getKey()
                            + " is a secret; set it in the environment (or " + e.getKey() + "_FILE), not in the file");
                }
                merged.put(e.getKey(), e.getValue());
            }
            source = file.toString();
        }
        for (String key : defaults.keySet()) {
            String value = env.get(key);
            if (value != null) {
                merged.put(key, value);
            }
            String fileRef = env.get(key + "_FILE");
            if (SECRETS.contains(key) && value == null && fileRef != null && !fileRef.isBlank()) {
                merged.put(key, readSecretFile(key, Path.of(fileRef)));
            }
        }
        return new RawSettings(merged, source);
    }

    private static Path configFile(Map<String, String> env, Path workingDir) {
        String named = env.get("BOT_CONFIG");
        if (named != null && !named.isBlank()) {
            Path p = workingDir.resolve(named);
            if (!Files.isRegularFile(p)) {
                throw new ConfigException("BOT_CONFIG names " + p + ", which is not a readable file");
            }
            return p;
        }
        Path local = workingDir.resolve("bot-config").resolve("bot.yaml");
        return Files.isRegularFile(local) ? local : null;
    }

    private static Map<String, String> readDefaults() {
        try (InputStream in = RawSettings.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + DEFAULTS_RESOURCE);
            }
            return parse(in.readAllBytes(), "built-in defaults");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in defaults", e);
        }
    }

    static Map<String, String> readYaml(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> parse(byte[] yaml, String where) {
        Map<String, String> result = new LinkedHashMap<>();
        if (new String(yaml, StandardCharsets.UTF_8).isBlank()) {
            return result;
        }
        Map<?, ?> tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);
        } catch (IOException e) {
            throw new ConfigException(where + " is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (tree == null) {
            return result;
        }
        for (Map.Entry<?, ?> e : tree.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map || v instanceof Iterable) {
                throw new ConfigException(where + ": " + e.getKey() + " must be a single value");
            }
            result.put(String.valueOf(e.getKey()), v == null ? null : String.valueOf(v));
        }
        return result;
    }

    private static String readSecretFile(String key, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException(key + "_FILE names " + file + ", which cannot be read");
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** The value, or null when unset or blank. */
    public String get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("unknown setting " + key);
        }
        String v = values.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public Set<String> keys() {
        return values.keySet();
    }

    /** Where the non-default values came from, for the start-up log. */
    public String source() {
        return source;
    }
}
