package io.groupbuy.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real storage trouble for SQLite: a small tmpfs that can be filled to the last byte and remounted
 * read-only (needs root and mount rights, as in this container); and the bot jar as a process.
 */
final class Disk {
    private Disk() {
    }

    /** A fresh tmpfs of {@code size} (e.g. "16m") at {@code dir}; false when mounting is not allowed here. */
    static boolean mountTmpfs(Path dir, String size) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return false;
        }
        return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()).exit() == 0;
    }

    static boolean remount(Path dir, boolean readOnly) {
        return run("mount", "-o", "remount," + (readOnly ? "ro" : "rw"), dir.toString()).exit() == 0;
    }

    static void unmount(Path dir) {
        run("umount", "-l", dir.toString());
    }

    /**
     * An ext4 file system in a file, on a loop device, mounted with {@code errors=remount-ro}: the
     * kernel turns it read-only when it meets an error, open files and all, as a failing disk does.
     * Returns the loop device, or null when this is not allowed here.
     */
    static String mountExt4(Path image, Path dir, int megabytes) {
        try {
            Files.createDirectories(dir);
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(image.toFile(), "rw")) {
                f.setLength(megabytes * 1024L * 1024L);
            }
        } catch (IOException e) {
            return null;
        }
        Outcome loop = run("losetup", "-f", "--show", image.toString());
        if (loop.exit() != 0) {
            return null;
        }
        String device = loop.output().trim();
        if (run("mkfs.ext4", "-q", device).exit() != 0
                || run("mount", "-o", "errors=remount-ro", device, dir.toString()).exit() != 0) {
            run("losetup", "-d", device);
            return null;
        }
        return device;
    }

    /** Makes ext4 meet an error now ({@code /sys/fs/ext4/<dev>/trigger_fs_error}): it turns read-only. */
    static boolean triggerExt4Error(String device) {
        Path trigger = Path.of("/sys/fs/ext4", Path.of(device).getFileName().toString(), "trigger_fs_error");
        try {
            Files.writeString(trigger, "bench: simulated disk error\n");
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** After the error: unmount, repair as an operator would, mount again. */
    static boolean repairExt4(String device, Path dir) {
        run("umount", dir.toString());
        run("e2fsck", "-fy", device);
        return run("mount", "-o", "errors=remount-ro", device, dir.toString()).exit() == 0;
    }

    static void dropExt4(String device, Path dir) {
        run("umount", "-l", dir.toString());
        run("losetup", "-d", device);
    }

    /** Writes a filler file until the file system says it is full; returns the bytes written. */
    static long fill(Path filler) {
        byte[] chunk = new byte[64 * 1024];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
                written += chunk.length;
            }
        } catch (IOException full) {
            // small writes squeeze in what is left
            try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
                while (true) {
                    out.write(chunk, 0, 512);
                    written += 512;
                }
            } catch (IOException reallyFull) {
                return written;
            }
        }
    }

    /** A finished process: its exit code (-1 when it had to be killed) and everything it printed. */
    record Outcome(int exit, boolean killed, String output, long millis) {
        /** The first line that says what went wrong ("Database error …", "Cannot …"), else the last line. */
        String headline() {
            List<String> lines = output.lines().toList();
            for (String l : lines) {
                if (l.startsWith("Database error") || l.startsWith("Cannot ") || l.startsWith("Configuration error")) {
                    return l;
                }
            }
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    static Outcome run(String... command) {
        return run(List.of(command), java.util.Map.of(), Path.of("."), 30);
    }

    static Outcome run(List<String> command, java.util.Map<String, String> env, Path dir, int timeoutSeconds) {
        long start = System.nanoTime();
        try {
            Path out = Files.createTempFile("bench-proc", ".txt");
            ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean ended = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!ended) {
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            }
            String text = Files.readString(out);
            Files.deleteIfExists(out);
            return new Outcome(ended ? p.exitValue() : -1, !ended, text, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            return new Outcome(-2, false, e.toString(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-3, false, "interrupted", 0);
        }
    }

    /** The bot jar with {@code args}, settings from {@code env} on top of ephemeral ports. */
    static Outcome jar(Path jar, java.util.Map<String, String> env, Path workDir, int timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        java.util.Map<String, String> all = new java.util.HashMap<>(java.util.Map.of("BOT_HTTP_PORT", "0",
                "BOT_HTTP_HOST", "127.0.0.1", "PANDAPON_SANDBOX_PORT", "0"));
        all.putAll(env);
        return run(command, all, workDir, timeoutSeconds);
    }
}
