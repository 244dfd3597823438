package io.zhengku.bench.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.json.JsonObjectReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkUploadTest {

    @Test
    void licences_are_split_into_requests_whose_manifest_names_each_file_part() {
        List<BulkUpload> uploads = BulkUpload.make("T", 5, 2, new LicencePdfs(2048, 1));

        assertThat(uploads).extracting(u -> u.numbers().size()).containsExactly(2, 2, 1);
        String body = new String(uploads.get(0).body(), StandardCharsets.ISO_8859_1);
        String manifest = new String(uploads.get(0).body(), StandardCharsets.UTF_8).split("\r\n")[4];
        List<JsonObjectReader> items = JsonObjectReader.parse(manifest, "manifest").objects("items", "item");
        assertThat(items).extracting(i -> i.string("part")).containsExactly("licence-0", "licence-1");
        assertThat(items.get(1).object("metadata").string("number")).isEqualTo("T-000002");
        assertThat(body).contains("name=\"licence-0\"", "name=\"licence-1\"")
                .endsWith("--" + Upload.BOUNDARY + "--\r\n");
    }
}
