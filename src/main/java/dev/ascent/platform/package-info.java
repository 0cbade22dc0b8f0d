/**
 * Cross-cutting set-up that every module relies on: the database (embedded PostgreSQL for local
 * runs and tests), security headers and CSRF, error pages and RFC 9457 problem responses.
 * Small on purpose: features live in their own modules.
 */
@ApplicationModule(displayName = "Platform")
@NullMarked
package dev.ascent.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
