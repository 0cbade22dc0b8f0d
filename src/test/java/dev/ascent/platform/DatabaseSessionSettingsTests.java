package dev.ascent.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every pooled connection of the app runs with. JIT compilation was on by PostgreSQL's default, and a lead's
 * overview of 200 members paid ~10 ms of compiling per view for two reads whose work takes ~2 ms (BENCHMARKS.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseSessionSettingsTests {

    @Autowired
    DataSource dataSource;

    @Test
    void everyConnectionOfThePoolRunsWithoutJitCompilation() throws Exception {
        // several connections held at once, so the pool hands out more than the one it last returned
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(dataSource.getConnection());
            }
            for (Connection connection : held) {
                try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select current_setting('jit')")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("off");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
