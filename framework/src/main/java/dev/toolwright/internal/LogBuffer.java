package dev.toolwright.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that log lines and EMF documents are written into as UTF-8 JSON, with
 * strings escaped as the answers are ({@link JsonOut#quote}: exactly as jackson-core's generator
 * escapes them), without a generator's set-up per line. Not API.
 */
final class LogBuffer {

  /** Slots of {@link #memoField}: values that repeat from one invocation to the next. */
  static final int MEMO_SLOTS = 48;

  private byte[] bytes;
  private int size;
  private String[] memoValues;
  private byte[][] memoFields;

  /** The day of {@link #memoDate}, in days since 1970-01-01. */
  private long memoDay = Long.MIN_VALUE;

  /** {@code "2026-11-22T}: the date part of a timestamp. */
  private byte[] memoDate;

  LogBuffer(int capacity) {
    this.bytes = new byte[capacity];
  }

  /** Constant ASCII text as bytes. */
  static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  int size() {
    return size;
  }

  int capacity() {
    return bytes.length;
  }

  /** Drops everything after the first {@code length} bytes. */
  void truncate(int length) {
    size = length;
  }

  /** Bytes {@code from} (inclusive) to {@code to} (exclusive), copied. */
  byte[] copy(int from, int to) {
    return Arrays.copyOfRange(bytes, from, to);
  }

  /** Everything, in one {@code write}. */
  void writeTo(PrintStream out, int from, int to) {
    out.write(bytes, from, to - from);
  }

  LogBuffer raw(byte b) {
    ensure(1);
    bytes[size++] = b;
    return this;
  }

  LogBuffer raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, bytes, size, b.length);
    size += b.length;
    return this;
  }

  /**
   * {@code key} (a constant {@code ,"name":}) and {@code value} as a JSON string, unless the value
   * is null or empty.
   */
  LogBuffer field(byte[] key, String value) {
    if (value != null && !value.isEmpty()) {
      raw(key).string(value);
    }
    return this;
  }

  /**
   * {@link #field}, for a value that usually repeats (the function's name, the tool): the bytes
   * written for the last value in {@code slot} are copied when the value is the same.
   */
  LogBuffer memoField(int slot, byte[] key, String value) {
    if (value == null || value.isEmpty()) {
      return this;
    }
    if (memoValues == null) {
      memoValues = new String[MEMO_SLOTS];
      memoFields = new byte[MEMO_SLOTS][];
    }
    if (value.equals(memoValues[slot])) {
      return raw(memoFields[slot]);
    }
    int start = size;
    raw(key).string(value);
    memoValues[slot] = value;
    memoFields[slot] = copy(start, size);
    return this;
  }

  /** A property name and its colon. */
  LogBuffer name(String name) {
    string(name);
    return raw((byte) ':');
  }

  /** A JSON string, quoted and escaped ({@link JsonOut#quote}). */
  LogBuffer string(String s) {
    ensure(s.length() * 6 + 2);
    size = JsonOut.quote(bytes, size, s);
    return this;
  }

  /** A whole number. */
  LogBuffer number(long n) {
    if (n < 0) {
      if (n == Long.MIN_VALUE) {
        return ascii(Long.toString(n));
      }
      raw((byte) '-');
      n = -n;
    }
    if (n < 1_000_000_000L) {
      return digits((int) n, digitCount((int) n));
    }
    long high = n / 1_000_000_000L;
    number(high);
    return digits((int) (n - high * 1_000_000_000L), 9);
  }

  /** The last {@code count} decimal digits of {@code n} (0 ≤ n), zero-padded. */
  private LogBuffer digits(int n, int count) {
    ensure(count);
    int start = size;
    int p = start + count;
    size = p;
    while (p > start) {
      bytes[--p] = (byte) ('0' + n % 10);
      n /= 10;
    }
    return this;
  }

  private static int digitCount(int n) {
    int count = 1;
    for (int limit = 10; count < 10 && n >= limit; limit *= 10) {
      count++;
    }
    return count;
  }

  /**
   * {@code thousandths} / 1000 with three decimals, as {@code BigDecimal.valueOf(thousandths, 3)}
   * writes it.
   */
  LogBuffer thousandths(long thousandths) {
    if (thousandths < 0) {
      raw((byte) '-');
      thousandths = -thousandths;
    }
    number(thousandths / 1000).raw((byte) '.');
    return padded(thousandths % 1000, 3);
  }

  /** A number (0 ≤ n < 10⁹) of at least {@code width} digits, zero-padded. */
  LogBuffer padded(long n, int width) {
    if (n < 0 || n >= 1_000_000_000L) {
      return number(n);
    }
    return digits((int) n, Math.max(width, digitCount((int) n)));
  }

  /** Text known to be ASCII that needs no escaping (numbers, constant JSON). */
  LogBuffer ascii(String s) {
    int length = s.length();
    ensure(length);
    for (int i = 0; i < length; i++) {
      bytes[size++] = (byte) s.charAt(i);
    }
    return this;
  }

  /**
   * ISO-8601 in UTC with milliseconds, quoted: {@code "2026-11-22T21:50:00.123Z"}, without
   * java.time's formatters.
   */
  LogBuffer isoTimestamp(long epochMillis) {
    long days = Math.floorDiv(epochMillis, 86_400_000L);
    long millisOfDay = Math.floorMod(epochMillis, 86_400_000L);
    if (days != memoDay) {
      int start = size;
      isoDate(days);
      memoDate = copy(start, size);
      memoDay = days;
      size = start;
    }
    raw(memoDate);
    padded(millisOfDay / 3_600_000, 2).raw((byte) ':');
    padded(millisOfDay / 60_000 % 60, 2).raw((byte) ':');
    padded(millisOfDay / 1000 % 60, 2).raw((byte) '.');
    padded(millisOfDay % 1000, 3).raw((byte) 'Z');
    return raw((byte) '"');
  }

  /** {@code "2026-11-22T}. */
  private void isoDate(long days) {
    // civil date from days since 1970-01-01 (H. Hinnant's algorithm)
    long z = days + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long mp = (5 * dayOfYear + 2) / 153;
    long day = dayOfYear - (153 * mp + 2) / 5 + 1;
    long month = mp < 10 ? mp + 3 : mp - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    raw((byte) '"');
    padded(year, 4).raw((byte) '-');
    padded(month, 2).raw((byte) '-');
    padded(day, 2).raw((byte) 'T');
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
