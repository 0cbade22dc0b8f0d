package dev.ascent.accounts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The session repository the app uses: Spring Session's, except that a session's last-access time moves only when a
 * minute has passed since it last moved. Spring Session sets it on every request, which marked every session changed
 * and made every page view write the session's row (and its WAL) in a transaction of its own. With an idle timeout of
 * hours a minute's grain is plenty; a session idle for exactly its timeout ends at most a minute early. Everything
 * else (a new id at sign-in, attributes, the timeout) is written at once, as before.
 */
final class SessionTouches<S extends Session> implements FindByIndexNameSessionRepository<SessionTouches.Touched<S>> {

    static final Duration GRAIN = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> sessions;

    private SessionTouches(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    static <S extends Session> SessionTouches<S> around(FindByIndexNameSessionRepository<S> sessions) {
        return new SessionTouches<>(sessions);
    }

    @Override
    public Touched<S> createSession() {
        return new Touched<>(sessions.createSession());
    }

    @Override
    public void save(Touched<S> session) {
        sessions.save(session.session);
    }

    @Override
    public @Nullable Touched<S> findById(String id) {
        S found = sessions.findById(id);
        return found == null ? null : new Touched<>(found);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Touched<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Touched<S>> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) -> found.put(id, new Touched<>(session)));
        return found;
    }

    /** A stored session whose last-access time is moved only a minute or more at a time. */
    static final class Touched<S extends Session> implements Session {

        private final S session;

        Touched(S session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(session.getLastAccessedTime().plus(GRAIN))) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> @Nullable T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
