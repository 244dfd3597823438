package io.zhengku.verifier.service;

import io.micronaut.scheduling.annotation.Scheduled;
import io.zhengku.signing.token.PresentationTokenVerifier;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The one-time ids of the presentation tokens this verifier accepted, in its own database, so that a
 * photographed QR code is refused as replayed even after a restart. An id is kept until its token has
 * expired (plus the tolerated clock skew) and then forgotten, since an expired token is refused anyway.
 */
@Singleton
public class UsedTokenIds {

    private final DataSource database;
    private final Clock clock;

    public UsedTokenIds(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Whether a token with this id was accepted here before. */
    public boolean used(String tokenId) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select 1 from used_token_id where token_id = ?")) {
            query.setString(1, tokenId);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the verifier's database could not be read", e);
        }
    }

    /**
     * Spends the id: true for the one caller that stored it first, false when it was already spent (two
     * scans of one QR code racing each other).
     */
    public boolean spend(String tokenId, Instant expiresAt) {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into used_token_id (token_id, expires_at) values (?, ?) on conflict do nothing")) {
            insert.setString(1, tokenId);
            insert.setTimestamp(2, Timestamp.from(expiresAt));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the verifier's database could not record a used token", e);
        }
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "1m")
    void forgetExpired() throws SQLException {
        Instant before = clock.instant().minus(PresentationTokenVerifier.CLOCK_SKEW);
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from used_token_id where expires_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            delete.executeUpdate();
        }
    }
}
