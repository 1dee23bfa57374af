package io.github.leadershipinterviews.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one summary as strict UTF-8 text, refusing what cannot be a summary before the parser sees it.
 *
 * <p>Decoding REPORTs malformed input instead of replacing it: a Latin-1 or UTF-16 file silently turned into
 * replacement characters would yield plausible-looking but wrong names and spans. A leading byte order mark is
 * dropped. Size is checked before reading, so that a huge file is refused without filling the heap: a
 * {@code char} takes at most three bytes of UTF-8 (a surrogate pair four bytes for two chars), so more than
 * {@code 3 * maxChars} bytes plus a byte order mark cannot fit; the decoded text is then checked exactly.
 */
final class SummaryReader {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private final int maxChars;
  private final long maxBytes;

  SummaryReader(int maxChars) {
    this.maxChars = maxChars;
    this.maxBytes = 3L * maxChars + 3;
  }

  /** Reads a file; the message of the exception says what is wrong, for the error line. */
  String read(Path file) throws UnreadableInputException {
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableInputException("is a directory, but a file was expected here");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLong(size + " bytes");
      }
      return decode(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException("no such file");
    } catch (AccessDeniedException e) {
      throw new UnreadableInputException("permission denied");
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read: " + e.getMessage());
    }
  }

  /** Reads a stream to its end (standard input), never holding more than the limit allows. */
  String read(InputStream in) throws UnreadableInputException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLong("more than " + maxBytes + " bytes");
      }
      return decode(bytes);
    } catch (IOException e) {
      throw new UnreadableInputException("cannot read: " + e.getMessage());
    }
  }

  /**
   * Decodes with the fast, lenient {@code String} constructor; only when it had to put in a replacement character
   * (for malformed input, or one that was in the file) does the strict decoder run, to tell which and where.
   */
  private String decode(byte[] bytes) throws UnreadableInputException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf(REPLACEMENT_CHARACTER) >= 0) {
      return decodeStrictly(bytes);
    }
    int from = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    if (text.length() - from > maxChars) {
      throw tooLong(text.length() - from + " characters");
    }
    return from == 0 ? text : text.substring(from);
  }

  private String decodeStrictly(byte[] bytes) throws UnreadableInputException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw notUtf8(bytes, in.position());
    }
    decoder.flush(out);
    out.flip();
    if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
      out.position(1);
    }
    if (out.remaining() > maxChars) {
      throw tooLong(out.remaining() + " characters");
    }
    return out.toString();
  }

  private static UnreadableInputException notUtf8(byte[] bytes, int offset) {
    return new UnreadableInputException(String.format(Locale.ROOT,
        "not UTF-8 text: invalid byte 0x%02X at byte offset %d (save the file as UTF-8)",
        bytes[offset] & 0xFF, offset));
  }

  private UnreadableInputException tooLong(String size) {
    return new UnreadableInputException(
        "input is " + size + " long, over the limit of " + maxChars + " characters (--max-chars)");
  }

  /** Why an input cannot be parsed; the message goes into its error line as is. */
  static final class UnreadableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableInputException(String message) {
      super(message);
    }
  }
}
