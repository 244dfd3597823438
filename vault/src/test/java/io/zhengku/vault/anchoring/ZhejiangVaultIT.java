package io.zhengku.vault.anchoring;

import static io.zhengku.vault.testing.Fixtures.HANGZHOU_SAMR;
import static io.zhengku.vault.testing.Fixtures.SHANGHAI_SAMR;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.digest.Digest;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Zhejiang's own vault, on Zhejiang's identity on the channel: it holds Zhejiang's departments and seals only,
 * its licences are anchored as ZhejiangMSP and read by Shanghai's peer, and it refuses Shanghai's departments
 * and admin.
 */
@MicronautTest
class ZhejiangVaultIT extends VaultApiTest {

    private String hangzhou;

    @Override
    protected String region() {
        return "zhejiang";
    }

    @BeforeAll
    void hangzhouToken() {
        hangzhou = tokens.mint(Role.DEPARTMENT, HANGZHOU_SAMR, "zhejiang");
    }

    @Test
    void a_licence_issued_here_is_anchored_as_zhejiang_and_shanghais_peer_holds_it() throws Exception {
        byte[] file = pdf("issued in Zhejiang");
        Answer issued = vault.upload("/api/v1/licences", hangzhou, "l.pdf", "application/pdf", file,
                licenceMetadata("ZJ-1"));
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);

        awaitProof(issued.string("id"), hangzhou);

        DocumentRecord record = Channel.asSeenBy("shanghai").findByDigest(Digest.sha256Of(file).hex()).orElseThrow();
        assertThat(record.issuerMsp()).isEqualTo("ZhejiangMSP");
        assertThat(record.entry().documentId()).isEqualTo(issued.string("id"));
        assertThat(record.status()).isEqualTo(DocumentStatus.ACTIVE);
    }

    @Test
    void shanghais_department_and_admin_are_refused_here() {
        Answer department = vault.upload("/api/v1/licences", shanghai, "l.pdf", "application/pdf",
                pdf("Shanghai at Zhejiang's vault"), licenceMetadata("SH-AT-ZJ"));
        Answer admin = vault.get("/api/v1/departments", tokens.mint(Role.REGION_ADMIN, "shanghai", "shanghai"));

        for (Answer refused : List.of(department, admin)) {
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("foreign-region");
        }
    }

    @Test
    void it_holds_only_zhejiangs_departments() {
        List<Map<String, Object>> listed = vault.getList("/api/v1/departments",
                tokens.mint(Role.REGION_ADMIN, "zhejiang", "zhejiang"));

        assertThat(listed).extracting(d -> d.get("code")).contains(HANGZHOU_SAMR).doesNotContain(SHANGHAI_SAMR);
    }
}
