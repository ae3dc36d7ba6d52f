package org.tongban.intake.internal;

import org.tongban.core.fault.Fault;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tongban.core.calendar.TongbanClock;
import org.tongban.core.data.Transactions;
import org.tongban.core.rest.Problem;
import org.tongban.core.rest.ProblemException;
import org.tongban.intake.MaterialFiles;
import org.tongban.intake.StoredFile;

/**
 * Material files under {@code ${karaf.data}/tongban/files/ab/abcdef…} (the SHA-256 of the content, so the same scan
 * handed in twice is stored once). The content is written to a temporary file, forced to disk and moved into place
 * before the row that makes it referable is committed.
 */
@Component(service = MaterialFiles.class, configurationPid = "org.tongban.intake")
public class FileStoreComponent implements MaterialFiles {

    private final Transactions tx;
    private final TongbanClock clock;
    private final Path root;
    private final long maxBytes;

    @Activate
    public FileStoreComponent(@Reference Transactions tx, @Reference IntakeSchema schema, @Reference TongbanClock clock,
                              IntakeConfig config) {
        this.tx = tx;
        this.clock = clock;
        this.root = Path.of(System.getProperty("karaf.data", "data"), "tongban", "files");
        this.maxBytes = config.maxFileMegabytes() * 1024L * 1024L;
    }

    @Override
    public StoredFile store(InputStream content, String fileName, String contentType, String uploadedBy) {
        String given = fileName == null || fileName.isBlank() ? "material" : Path.of(fileName.trim()).getFileName().toString();
        String name = given.length() > 255 ? given.substring(given.length() - 255) : given;
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.trim();
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                    size = copyAtMost(content, out, maxBytes);
                }
                try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                String digest = HexFormat.of().formatHex(sha.digest());
                Path target = root.resolve(digest.substring(0, 2)).resolve(digest);
                Files.createDirectories(target.getParent());
                if (Files.exists(target)) {
                    Files.delete(temp);
                } else {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                StoredFile stored = new StoredFile("file:" + UUID.randomUUID(), digest, size, name, type, uploadedBy,
                        Instant.ofEpochMilli(clock.now().toEpochMilli()));
                tx.inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO intake_file (file_ref, sha256, size_bytes, file_name,"
                            + " content_type, uploaded_by, uploaded_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setString(1, stored.fileRef());
                        ps.setString(2, digest);
                        ps.setLong(3, size);
                        ps.setString(4, name);
                        ps.setString(5, type.length() > 100 ? type.substring(0, 100) : type);
                        ps.setString(6, uploadedBy);
                        ps.setLong(7, stored.uploadedAt().toEpochMilli());
                        return ps.executeUpdate();
                    }
                });
                return stored;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("file not stored: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > max) {
                throw new ProblemException(Problem.of(413, "file-too-large", "File too large",
                        "a material file may have at most " + max / (1024 * 1024) + " MB on this node"));
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) {
            throw Fault.invalid("the file is empty");
        }
        return total;
    }

    @Override
    public Optional<StoredFile> find(String fileRef) {
        if (fileRef == null || !fileRef.startsWith("file:")) {
            return Optional.empty();
        }
        return tx.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT file_ref, sha256, size_bytes, file_name, content_type, uploaded_by,"
                    + " uploaded_ms FROM intake_file WHERE file_ref = ?")) {
                ps.setString(1, fileRef);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new StoredFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)))) : Optional.<StoredFile>empty();
                }
            }
        });
    }

    @Override
    public Optional<InputStream> open(String fileRef) {
        return find(fileRef).map(f -> {
            try {
                return Files.newInputStream(root.resolve(f.sha256().substring(0, 2)).resolve(f.sha256()));
            } catch (IOException e) {
                throw new UncheckedIOException("stored file " + fileRef + " unreadable: " + e.getMessage(), e);
            }
        });
    }
}
