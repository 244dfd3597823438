package io.zhengku.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations ({@code "GET /api/v1/licences/{id}"}) of an OpenAPI document a service's build generated onto
 * its classpath (micronaut-openapi, {@code META-INF/swagger/*.yml}): what an authorisation matrix must cover.
 * Read by the layout that generator writes (a path two spaces in under {@code paths:}, its methods four), so
 * no YAML library is needed on the tests' classpath; a document in which none is found is refused.
 */
public final class OpenApiOperations {

    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options|trace):\\s*$");

    private OpenApiOperations() {
    }

    /** The document's operations as {@code "METHOD path"}, sorted. */
    public static Set<String> of(String classpathResource) {
        Set<String> operations = new TreeSet<>();
        String path = null;
        boolean inPaths = false;
        for (String line : read(classpathResource).split("\n")) {
            if (!line.startsWith(" ")) {
                inPaths = line.startsWith("paths:");
                continue;
            }
            Matcher newPath = PATH.matcher(line);
            Matcher method = METHOD.matcher(line);
            if (inPaths && newPath.matches()) {
                path = newPath.group(1);
            } else if (inPaths && path != null && method.matches()) {
                operations.add(method.group(1).toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException(classpathResource + " lists no operation under paths:");
        }
        return operations;
    }

    private static String read(String classpathResource) {
        try (InputStream in = OpenApiOperations.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException(classpathResource + " is not on the classpath; the service's "
                        + "build generates it (mvn -pl <service> compile)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
