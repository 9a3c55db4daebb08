package io.groupbuy.testing.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files known to the fake: registered by tests, or uploaded by the bot. Not thread-safe; guarded by the
 * fake's state lock. Every photo size serves the original bytes (the fake does not rescale), but carries
 * scaled width and height like Telegram's 90/320/800/1280 px variants.
 */
final class FileRegistry {
  private static final int[] PHOTO_SIDES = {90, 320, 800, 1280};
  private static final char[] SIZE_LETTERS = {'s', 'm', 'x', 'y', 'w'};

  record StoredFile(String fileId, String fileUniqueId, String filePath, byte[] bytes, String mimeType,
      String fileName, int width, int height) {

    ObjectNode fileJson() {
      return Json.object().put("file_id", fileId).put("file_unique_id", fileUniqueId)
          .put("file_size", bytes.length).put("file_path", filePath);
    }

    ObjectNode photoSizeJson() {
      return Json.object().put("file_id", fileId).put("file_unique_id", fileUniqueId)
          .put("width", width).put("height", height).put("file_size", bytes.length);
    }

    ObjectNode documentJson() {
      ObjectNode json = Json.object().put("file_id", fileId).put("file_unique_id", fileUniqueId);
      if (fileName != null) {
        json.put("file_name", fileName);
      }
      return json.put("mime_type", mimeType).put("file_size", bytes.length);
    }
  }

  private final Map<String, StoredFile> byId = new HashMap<>();
  private final Map<String, StoredFile> byPath = new HashMap<>();
  private final Map<String, List<StoredFile>> photoSets = new HashMap<>();
  private int next = 1;

  /** Registers a photo and its size variants; the largest is last, as in Message.photo. */
  List<StoredFile> addPhoto(byte[] original) {
    byte[] bytes = original.clone();
    int n = next++;
    int[] dim = ImageProbe.dimensions(bytes);
    int width = dim == null ? 1280 : dim[0];
    int height = dim == null ? 960 : dim[1];
    int longSide = Math.max(1, Math.max(width, height));
    String ext = ImageProbe.extension(bytes);
    String mime = ext.equals("jpg") ? "image/jpeg" : "image/" + ext;
    List<StoredFile> sizes = new ArrayList<>();
    for (int side : PHOTO_SIDES) {
      if (side < longSide) {
        int w = Math.max(1, Math.round((float) width * side / longSide));
        int h = Math.max(1, Math.round((float) height * side / longSide));
        sizes.add(photo(n, SIZE_LETTERS[sizes.size()], bytes, mime, ext, w, h));
      }
    }
    sizes.add(photo(n, SIZE_LETTERS[sizes.size()], bytes, mime, ext, width, height));
    List<StoredFile> set = List.copyOf(sizes);
    set.forEach(size -> photoSets.put(size.fileId(), set));
    return set;
  }

  StoredFile addDocument(byte[] bytes, String fileName, String mimeType) {
    int n = next++;
    String ext = extension(fileName);
    StoredFile file = new StoredFile("BQACfake" + n, "AgADdoc" + n, "documents/file_" + n + ext, bytes.clone(),
        mimeType != null ? mimeType : mimeFor(fileName), fileName, 0, 0);
    register(file);
    return file;
  }

  Optional<StoredFile> byId(String fileId) {
    return Optional.ofNullable(byId.get(fileId));
  }

  Optional<StoredFile> byPath(String filePath) {
    return Optional.ofNullable(byPath.get(filePath));
  }

  /** All sizes of the photo that has this file_id as one of its sizes, or an empty list. */
  List<StoredFile> photoSet(String fileId) {
    return photoSets.getOrDefault(fileId, List.of());
  }

  static String mimeFor(String fileName) {
    String ext = extension(fileName);
    switch (ext) {
      case ".pdf": return "application/pdf";
      case ".jpg": case ".jpeg": return "image/jpeg";
      case ".png": return "image/png";
      case ".txt": return "text/plain";
      case ".csv": return "text/csv";
      case ".json": return "application/json";
      case ".zip": return "application/zip";
      case ".xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      default: return "application/octet-stream";
    }
  }

  private StoredFile photo(int n, char letter, byte[] bytes, String mime, String ext, int w, int h) {
    StoredFile file = new StoredFile("AgACfake" + n + letter, "AQADfake" + n + letter,
        "photos/file_" + n + "_" + letter + "." + ext, bytes, mime, null, w, h);
    register(file);
    return file;
  }

  private void register(StoredFile file) {
    byId.put(file.fileId(), file);
    byPath.put(file.filePath(), file);
  }

  private static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
  }
}
