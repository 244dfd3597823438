package io.zhengku.vault.document;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.core.metadata.MetadataField;
import io.zhengku.core.party.PartyCodeException;
import io.zhengku.core.party.ResidentIdNumber;
import io.zhengku.core.party.UnifiedSocialCreditCode;
import io.zhengku.core.text.PlainText;
import io.zhengku.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The GB/T 36903 metadata a department sends with a licence or material (the {@code metadata} part), read
 * strictly: unknown fields, wrong types, bad dates, over-long values, text that is not {@link PlainText}
 * (control characters and line breaks, bidirectional controls, lone surrogates, noncharacters, and in
 * {@code name} and {@code holderName} also {@code < >}) and holder codes whose check character is wrong are
 * refused with {@code metadata-invalid} or {@code holder-code-invalid}, naming the field.
 *
 * @param typeCode       GB/T 36904 type code, 21 characters of 0-9A-Z
 * @param number         证照编号, the department's number for a licence; {@code null} for a material
 * @param name           证照名称, optional
 * @param holderName     持证主体 (owner, for a material)
 * @param holderCode     持证主体代码
 * @param holderCodeType {@value #USCC} (unified social credit code) or {@value #RESIDENT_ID} (resident ID)
 * @param validFrom      first day of validity
 * @param validUntil     last day of validity; {@code null} only for a material without end
 * @param issueDate      证照颁发日期, optional
 * @param extensions     {@code KZ_} fields, name to text
 */
public record DocumentMetadata(String typeCode, String number, String name, String holderName, String holderCode,
                               String holderCodeType, LocalDate validFrom, LocalDate validUntil, LocalDate issueDate,
                               Map<String, String> extensions) {

    /** Holder code type of a unified social credit code (GB 32100). */
    public static final String USCC = "001";
    /** Holder code type of a resident identity card number (GB 11643). */
    public static final String RESIDENT_ID = "111";

    static final int MAX_EXTENSIONS = 32;
    static final int MAX_TEXT = 200;
    static final int MAX_EXTENSION_TEXT = 500;

    private static final Pattern TYPE_CODE = Pattern.compile("[0-9A-Z]{21}");
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z\\-_/()（）\\u4e00-\\u9fff]{1,64}");
    private static final Set<String> FIELDS = Set.of("typeCode", "number", "name", "holderName", "holderCode",
            "holderCodeType", "validFrom", "validUntil", "issueDate", "extensions");

    public DocumentMetadata {
        extensions = Map.copyOf(extensions);
    }

    /** Reads a licence's metadata: number and validUntil are required. */
    public static DocumentMetadata parseLicence(String json) {
        return parse(json, true);
    }

    /** Reads a material's metadata: no number; validFrom defaults to {@code today}, validUntil may be absent. */
    public static DocumentMetadata parseMaterial(String json, LocalDate today) {
        DocumentMetadata read = parse(json, false);
        return read.validFrom != null ? read : new DocumentMetadata(read.typeCode, null, read.name, read.holderName,
                read.holderCode, read.holderCodeType, today, read.validUntil, read.issueDate, read.extensions);
    }

    private static DocumentMetadata parse(String json, boolean licence) {
        try {
            JsonObjectReader in = JsonObjectReader.parse(json, "metadata").allowOnly(FIELDS);
            String typeCode = matching(in.string("typeCode"), TYPE_CODE, "typeCode",
                    "21 characters of 0-9 and uppercase A-Z (a GB/T 36904 type code)");
            String number = licence ? matching(in.string("number"), NUMBER, "number",
                    "1 to 64 letters, digits, Chinese characters or - _ / ( )") : absent(in, "number");
            String holderCodeType = in.string("holderCodeType");
            String holderCode = holderCode(in.string("holderCode"), holderCodeType);
            LocalDate validFrom = licence || in.has("validFrom") ? date(in, "validFrom") : null;
            LocalDate validUntil = licence || in.has("validUntil") ? date(in, "validUntil") : null;
            if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
                throw invalid("validUntil", "validUntil " + validUntil + " is before validFrom " + validFrom);
            }
            return new DocumentMetadata(typeCode, number, name(in, "name", false), name(in, "holderName", true),
                    holderCode, holderCodeType, validFrom, validUntil,
                    in.has("issueDate") ? date(in, "issueDate") : null, extensions(in));
        } catch (InvalidFieldException e) {
            throw invalid(e.field(), e.getMessage());
        }
    }

    /**
     * Every field the anchored commitment covers, named as in the metadata JSON (plus {@code id}, {@code issuer}
     * and {@code issuerCode}, which the vault knows): what a holder may later disclose.
     */
    public Map<String, String> committedFields(String id, String issuerName, String issuerCode) {
        Map<String, String> fields = new TreeMap<>(extensions);
        put(fields, MetadataField.ID, id);
        put(fields, MetadataField.ISSUER, issuerName);
        put(fields, MetadataField.ISSUER_CODE, issuerCode);
        put(fields, MetadataField.TYPE_CODE, typeCode);
        put(fields, MetadataField.NUMBER, number);
        put(fields, MetadataField.NAME, name);
        put(fields, MetadataField.HOLDER_NAME, holderName);
        put(fields, MetadataField.HOLDER_CODE, holderCode);
        put(fields, MetadataField.HOLDER_CODE_TYPE, holderCodeType);
        put(fields, MetadataField.VALID_FROM, validFrom);
        put(fields, MetadataField.VALID_UNTIL, validUntil);
        put(fields, MetadataField.ISSUE_DATE, issueDate);
        return fields;
    }

    private static void put(Map<String, String> fields, MetadataField field, Object value) {
        if (value != null) {
            fields.put(field.jsonName(), value.toString());
        }
    }

    private static String holderCode(String code, String type) {
        try {
            return switch (type) {
                case USCC -> new UnifiedSocialCreditCode(code).code();
                case RESIDENT_ID -> new ResidentIdNumber(code).number();
                default -> throw invalid("holderCodeType", "holderCodeType must be " + USCC
                        + " (unified social credit code) or " + RESIDENT_ID + " (resident identity number), got \""
                        + abbreviate(type) + "\"");
            };
        } catch (PartyCodeException e) {
            // The message may quote the code, which is personal data for a citizen; it is answered to the
            // department that sent it and never logged.
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "holder-code-invalid", e.getMessage(),
                    "holderCode", e);
        }
    }

    private static Map<String, String> extensions(JsonObjectReader in) {
        if (!in.has("extensions")) {
            return Map.of();
        }
        JsonObjectReader extensions = in.object("extensions");
        if (extensions.names().size() > MAX_EXTENSIONS) {
            throw invalid("extensions", "at most " + MAX_EXTENSIONS + " extension fields are accepted");
        }
        Map<String, String> values = new TreeMap<>();
        for (String name : extensions.names()) {
            if (!MetadataField.isExtension(name)) {
                throw invalid("extensions", "extension field \"" + abbreviate(name)
                        + "\" must be named KZ_ followed by 1 to 32 of A-Z, 0-9 and _");
            }
            String field = "extensions." + name;
            values.put(name, plain(limited(extensions.string(name), field, MAX_EXTENSION_TEXT), field,
                    PlainText::firstFlaw));
        }
        return values;
    }

    private static String name(JsonObjectReader in, String field, boolean required) {
        String value = required ? in.string(field) : in.optionalString(field);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw invalid(field, field + " must not be blank");
        }
        return plain(limited(value, field, MAX_TEXT), field, PlainText::firstFlawInName);
    }

    /** The message names the field, the character's code and place, and never quotes the text itself. */
    private static String plain(String value, String field, Function<String, Optional<PlainText.Flaw>> rule) {
        rule.apply(value).ifPresent(flaw -> {
            throw invalid(field, flaw.explain(field));
        });
        return value;
    }

    private static String limited(String value, String field, int max) {
        if (value.length() > max) {
            throw invalid(field, field + " has " + value.length() + " characters; at most " + max + " are accepted");
        }
        return value;
    }

    private static LocalDate date(JsonObjectReader in, String field) {
        String value = in.string(field);
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw invalid(field, field + " must be an ISO date yyyy-MM-dd, got \"" + abbreviate(value) + "\"");
    }

    private static String matching(String value, Pattern pattern, String field, String expected) {
        if (!pattern.matcher(value).matches()) {
            throw invalid(field, field + " must be " + expected + ", got \"" + abbreviate(value) + "\"");
        }
        return value;
    }

    private static String absent(JsonObjectReader in, String field) {
        if (in.has(field)) {
            throw invalid(field, "a material has no " + field + "; leave it out");
        }
        return null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    private static ProblemException invalid(String field, String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "metadata-invalid", detail, field, null);
    }

    /** Keeps personal data out of logs. */
    @Override
    public String toString() {
        return "DocumentMetadata[" + typeCode + "]";
    }
}
