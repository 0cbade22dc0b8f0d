package dev.ascent.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each folder under its own path, instead of Spring Boot's catch-all "/**".
 * Every link a page builds passes through the resource URL provider (so version-less webjar
 * paths resolve); with a catch-all pattern it looked each page link up as a file in the jar,
 * which made a page with a few hundred links take most of a second. With these patterns only
 * real static paths are looked up. (The default mapping is off: spring.web.resources.add-mappings.)
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/schemas/**").addResourceLocations("classpath:/static/schemas/");
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/");
    }
}
