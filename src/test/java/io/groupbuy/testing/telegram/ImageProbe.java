package io.groupbuy.testing.telegram;

/** Recognises image formats by their magic bytes and reads width and height from the header, without decoding. */
final class ImageProbe {
  private ImageProbe() {}

  static boolean isImage(byte[] b) {
    return isJpeg(b) || isPng(b) || startsWith(b, "GIF8") || startsWith(b, "BM")
        || (startsWith(b, "RIFF") && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P');
  }

  static String extension(byte[] b) {
    if (isPng(b)) {
      return "png";
    }
    if (startsWith(b, "GIF8")) {
      return "gif";
    }
    return "jpg";
  }

  /** Width and height, or null when the header is not understood. */
  static int[] dimensions(byte[] b) {
    if (isPng(b) && b.length >= 24) {
      return new int[] {int32(b, 16), int32(b, 20)};
    }
    if (startsWith(b, "GIF8") && b.length >= 10) {
      return new int[] {(b[6] & 0xff) | (b[7] & 0xff) << 8, (b[8] & 0xff) | (b[9] & 0xff) << 8};
    }
    return isJpeg(b) ? jpegDimensions(b) : null;
  }

  private static int[] jpegDimensions(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xff) != 0xff) {
        i++;
        continue;
      }
      int marker = b[i + 1] & 0xff;
      if (marker == 0xff || marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        i += marker == 0xff ? 1 : 2;
        continue;
      }
      boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (startOfFrame) {
        return new int[] {uint16(b, i + 7), uint16(b, i + 5)};
      }
      i += 2 + uint16(b, i + 2);
    }
    return null;
  }

  private static boolean isJpeg(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
  }

  private static boolean isPng(byte[] b) {
    return b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  }

  private static boolean startsWith(byte[] b, String magic) {
    if (b.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (b[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int uint16(byte[] b, int i) {
    return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
  }

  private static int int32(byte[] b, int i) {
    return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
  }
}
