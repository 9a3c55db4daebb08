package io.groupbuy.testing.telegram;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file part of a multipart request, as the bot uploaded it.
 *
 * @param partName the multipart part name (TelegramBots uses the file name and refers to it as {@code attach://name})
 * @param fileName the {@code filename} of the Content-Disposition header
 * @param contentType the part's Content-Type (TelegramBots always sends application/octet-stream)
 * @param bytes the content; {@link #bytes()} returns a copy
 */
public record UploadedFile(String partName, String fileName, String contentType, byte[] bytes) {
  public UploadedFile {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UploadedFile that
        && Objects.equals(partName, that.partName)
        && Objects.equals(fileName, that.fileName)
        && Objects.equals(contentType, that.contentType)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(partName, fileName, contentType, Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "UploadedFile[partName=" + partName + ", fileName=" + fileName + ", contentType=" + contentType
        + ", size=" + bytes.length + "]";
  }
}
