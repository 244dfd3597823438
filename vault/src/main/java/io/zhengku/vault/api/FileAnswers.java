package io.zhengku.vault.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.zhengku.vault.document.DocumentRow;
import io.zhengku.vault.intake.FileType;
import io.zhengku.vault.store.ObjectStore;

/** A stored file as an HTTP answer, streamed from the object store with its type and digest. */
final class FileAnswers {

    private FileAnswers() {
    }

    static HttpResponse<StreamedFile> file(ObjectStore store, DocumentRow row) {
        String extension = FileType.ofMediaType(row.mediaType()).map(FileType::extension).orElse("bin");
        StreamedFile file = new StreamedFile(store.open(row.objectKey()), MediaType.of(row.mediaType()),
                row.createdAt().toEpochMilli(), row.sizeBytes());
        return HttpResponse.ok(file)
                .header("Content-Disposition", "attachment; filename=\"" + row.sha256() + "." + extension + "\"")
                .header("X-Content-SHA256", row.sha256());
    }
}
