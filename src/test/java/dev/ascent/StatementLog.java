package dev.ascent;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every SQL statement the app sends, as the JDBC driver receives it (datasource-proxy around the pool),
 * by a request-handling thread, so a test can count what one request costs. Import it with {@code @Import(StatementLog.class)}.
 */
@TestConfiguration
public class StatementLog {

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted")
                            .afterQuery((info, queries) -> {
                                // only what requests run: not the scheduled jobs that may run meanwhile
                                if (Thread.currentThread().getName().startsWith("http-nio")) {
                                    queries.forEach(q -> STATEMENTS.add(q.getQuery()));
                                }
                            })
                            .build();
                }
                return bean;
            }
        };
    }

    /** Forgets what was sent so far. */
    public static void clear() {
        STATEMENTS.clear();
    }

    /** What was sent since the last {@link #clear()}, except the session's own statements (Spring Session's tables). */
    public static List<String> withoutSession() {
        return STATEMENTS.stream().filter(sql -> !sql.toLowerCase(Locale.ROOT).contains("spring_session")).toList();
    }

    /** The session's statements since the last {@link #clear()}. */
    public static List<String> session() {
        return STATEMENTS.stream().filter(sql -> sql.toLowerCase(Locale.ROOT).contains("spring_session")).toList();
    }
}
