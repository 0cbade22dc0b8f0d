package dev.ascent.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

import java.util.Properties;

/**
 * Email is optional: the sender exists when {@code spring.mail.host} is set, and senders ask for it
 * through an {@code ObjectProvider}, which yields nothing otherwise. As with the data source, the
 * choice is made at start-up, not by a bean condition, so that Spring's AOT mode (beans fixed when the
 * jar is built) still reads the SMTP settings given at run time. Spring Boot's own mail auto-configuration
 * is excluded (application.yml); this one reads the same {@code spring.mail.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    @Bean
    @Nullable JavaMailSender mailSender(MailProperties mail) {
        if (!StringUtils.hasText(mail.getHost())) {
            return null;
        }
        var sender = new JavaMailSenderImpl();
        sender.setHost(mail.getHost());
        if (mail.getPort() != null) {
            sender.setPort(mail.getPort());
        }
        sender.setUsername(mail.getUsername());
        sender.setPassword(mail.getPassword());
        sender.setProtocol(mail.getProtocol());
        if (mail.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
        }
        var properties = new Properties();
        properties.putAll(mail.getProperties());
        if (mail.getSsl().isEnabled()) {
            properties.putIfAbsent("mail." + mail.getProtocol() + ".ssl.enable", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
