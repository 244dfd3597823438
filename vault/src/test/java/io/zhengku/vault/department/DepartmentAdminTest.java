package io.zhengku.vault.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentAdminTest {

    @Test
    void an_official_name_is_kept_stripped() {
        assertThat(DepartmentAdmin.officialName(" 上海市黄浦区市场监督管理局 ")).isEqualTo("上海市黄浦区市场监督管理局");
    }

    @ParameterizedTest
    @ValueSource(strings = {"上海市\u0000黄浦区市场监督管理局", "上海市黄浦区\u202e局管督监场市", "上海市\n黄浦区市场监督管理局",
            "\u2067上海市黄浦区市场监督管理局", "<img src=x onerror=alert(1)>", "", "   "})
    void a_name_that_is_not_plain_text_or_is_blank_is_refused_as_department_invalid(String name) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> DepartmentAdmin.officialName(name));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("department-invalid");
        assertThat(e.field()).isEqualTo("name");
    }

    @Test
    void the_refusal_says_which_character_and_where() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> DepartmentAdmin.officialName("上海市黄浦区\u202e局"));

        assertThat(e.getMessage()).startsWith("name has a bidirectional control character U+202E at character 7");
    }
}
