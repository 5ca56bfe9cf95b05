package org.alliancegraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article file (CONTRACT §4): strict UTF-8, an optional header block of {@code key: value}
 * lines closed by a {@code ---} line, then the body. Refuses what cannot be an article, with the
 * reason, before anything touches the store.
 */
public final class ArticleReader {
    public static final Set<String> HEADER_KEYS = Set.of("title", "published", "publisher", "author", "source-url");
    /**
     * Larger files are refused: news articles are kilobytes. Extraction takes about a minute per
     * megabyte of prose on a busy 2-core machine, so this also bounds the time one file can take.
     */
    public static final long DEFAULT_MAX_BYTES = 512L * 1024;
    /** A longer line is not a paragraph of prose; one huge "sentence" makes extraction crawl. */
    public static final int MAX_LINE_CHARS = 20_000;
    public static final int MAX_HEADER_VALUE_CHARS = 1_000;

    private static final Pattern HEADER_LINE = Pattern.compile("([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*(.*)");
    private static final int MAX_HEADER_LINES = 30;

    private final long maxBytes;

    public ArticleReader() { this(DEFAULT_MAX_BYTES); }

    public ArticleReader(long maxBytes) { this.maxBytes = maxBytes; }

    public Article read(Path file) throws ArticleRejectedException {
        String name = file.getFileName().toString();
        // FIFOs, devices, directories and dangling or looping links would block, never end, or fail obscurely.
        if (!Files.isRegularFile(file))
            throw new ArticleRejectedException(name, Files.isSymbolicLink(file)
                    ? "symbolic link that leads to no regular file (dangling or looping)"
                    : Files.isDirectory(file) ? "a directory, not a file" : "not a regular file");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte past the limit: the size on disk may change while we read.
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new ArticleRejectedException(name, "cannot read file (" + ioReason(e) + ")");
        }
        if (bytes.length > maxBytes)
            throw new ArticleRejectedException(name, "file too large (over " + maxBytes + " bytes)");
        return parse(name, bytes);
    }

    private static String ioReason(IOException e) {
        if (e instanceof AccessDeniedException)
            return "permission denied";
        String message = e.getMessage();
        return message == null || message.contains("/") ? e.getClass().getSimpleName() : message;
    }

    public Article parse(String name, byte[] bytes) throws ArticleRejectedException {
        if (bytes.length == 0)
            throw new ArticleRejectedException(name, "empty file");
        for (byte b : bytes)
            if (b == 0)
                throw new ArticleRejectedException(name, "binary content (NUL bytes), not a text article");
        String content = decodeUtf8(name, bytes);
        if (content.startsWith("\uFEFF"))
            content = content.substring(1);
        // One line-end convention, so offsets do not depend on the platform that wrote the file.
        content = content.replace("\r\n", "\n").replace('\r', '\n');
        if (content.codePoints().anyMatch(ArticleReader::isDisallowedControl))
            throw new ArticleRejectedException(name, "binary content (control characters), not a text article");

        checkLineLengths(name, content);

        Map<String, String> header = new LinkedHashMap<>();
        String body = splitHeader(name, content, header);
        if (body.isBlank())
            throw new ArticleRejectedException(name, header.isEmpty() ? "no text (only white space)" : "header but no body text");
        return new Article(name, header, body, sha256(bytes));
    }

    private static void checkLineLengths(String name, String content) throws ArticleRejectedException {
        int lineNo = 1;
        int start = 0;
        while (start <= content.length()) {
            int end = content.indexOf('\n', start);
            if (end < 0)
                end = content.length();
            if (end - start > MAX_LINE_CHARS)
                throw new ArticleRejectedException(name, "line " + lineNo + " has " + (end - start)
                        + " characters (limit " + MAX_LINE_CHARS + "): not article prose");
            start = end + 1;
            lineNo++;
        }
    }

    private static boolean isDisallowedControl(int cp) {
        return Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t';
    }

    private static String decodeUtf8(String name, byte[] bytes) throws ArticleRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(name, "invalid UTF-8 near byte " + in.position());
        }
    }

    /**
     * Fills {@code header} and returns the body. A header exists only when every line before the
     * first "---" line is a {@code key: value} line; otherwise the whole file is body.
     */
    private static String splitHeader(String name, String content, Map<String, String> header)
            throws ArticleRejectedException {
        String[] lines = content.split("\n", MAX_HEADER_LINES + 2);
        int pos = 0;
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < lines.length && i <= MAX_HEADER_LINES; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                if (found.isEmpty())
                    return content;
                validateHeader(name, found);
                header.putAll(found);
                int bodyStart = pos + line.length() + 1;
                return bodyStart >= content.length() ? "" : content.substring(bodyStart);
            }
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches())
                return content;
            String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (found.containsKey(key))
                throw new ArticleRejectedException(name, "header key '" + key + "' given twice");
            found.put(key, m.group(2).strip());
            pos += line.length() + 1;
        }
        return content;
    }

    private static void validateHeader(String name, Map<String, String> header) throws ArticleRejectedException {
        for (var entry : header.entrySet()) {
            String key = entry.getKey();
            if (!HEADER_KEYS.contains(key))
                throw new ArticleRejectedException(name, "unknown header key '" + key + "' (known: " + String.join(", ", HEADER_KEYS.stream().sorted().toList()) + ")");
            if (entry.getValue().length() > MAX_HEADER_VALUE_CHARS)
                throw new ArticleRejectedException(name, "header '" + key + "' is " + entry.getValue().length()
                        + " characters long (limit " + MAX_HEADER_VALUE_CHARS + ")");
        }
        String url = header.get("source-url");
        if (url != null && !isWebUrl(url))
            throw new ArticleRejectedException(name, "header 'source-url' is not an absolute http(s) URL: \"" + url + "\"");
        String published = header.get("published");
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new ArticleRejectedException(name, "header 'published' is not a date YYYY-MM-DD: \"" + published + "\"");
            }
        }
    }

    /** It becomes an IRI in the graph and a link on HTML pages: only http(s), and a valid URI. */
    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
