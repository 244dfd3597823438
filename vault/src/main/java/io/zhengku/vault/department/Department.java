package io.zhengku.vault.department;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.util.Arrays;
import java.util.List;

/**
 * An issuing department (发证部门) of this vault's region, and the type codes it may issue or register.
 *
 * @param code      unified social credit code
 * @param region    region code, e.g. {@code shanghai}
 * @param name      official name
 * @param typeCodes GB/T 36904 type codes it may issue
 */
@MappedEntity("department")
public record Department(@Id String code, String region, String name,
                         @TypeDef(type = DataType.STRING_ARRAY) String[] typeCodes) {

    public boolean mayIssue(String typeCode) {
        return Arrays.asList(typeCodes).contains(typeCode);
    }

    public List<String> typeCodeList() {
        return List.of(typeCodes);
    }
}
