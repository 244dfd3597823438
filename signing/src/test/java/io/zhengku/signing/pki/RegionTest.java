package io.zhengku.signing.pki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void a_code_belongs_to_the_region_of_its_registering_division() {
        assertThat(Region.SHANGHAI.registered("113101010024795883")).isTrue();
        assertThat(Region.SHANGHAI.registered("11330100002489137M")).isFalse();
        assertThat(Region.ZHEJIANG.registered("91330106234567894N")).isTrue();
        assertThat(Region.JIANGSU.registered("91330106234567894N")).isFalse();
    }
}
