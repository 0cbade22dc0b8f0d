package dev.ascent.lab.engine;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/** Something requests pass through. Ids are unique within a model; calls name their targets by id. */
public sealed interface Component {

    String id();

    /** Spreads requests over its targets (each a service). */
    record LoadBalancer(String id, Policy policy, List<String> targets) implements Component {
        public LoadBalancer {
            targets = List.copyOf(targets);
        }

        public enum Policy { ROUND_ROBIN, LEAST_CONNECTIONS, RANDOM }
    }

    /**
     * Replicas that each work on up to {@code concurrency} requests at a time and hold up to {@code queueCapacity}
     * waiting (more are rejected). Service time is drawn per request type ({@code "*"} is the default for types not
     * listed); while working, it makes its calls in order (synchronous calls add their time; publishes do not).
     */
    record Service(String id, int replicas, int concurrency, int queueCapacity, Map<String, Distribution> serviceTime,
                   List<Call> calls, @Nullable Autoscaling autoscaling) implements Component {
        public Service {
            serviceTime = Map.copyOf(serviceTime);
            calls = List.copyOf(calls);
        }
    }

    /**
     * Answers a share of requests itself at {@code hitLatency}; a miss goes on through {@code onMiss}. After a flush,
     * every key misses once and the hit ratio climbs back as keys are refilled, reaching the steady ratio after
     * {@code ttlSeconds}.
     */
    record Cache(String id, double hitRatio, Distribution hitLatency, double ttlSeconds, Call onMiss) implements Component {
    }

    /**
     * Runs up to {@code maxConnections} queries at once; a caller waits up to {@code poolWaitMs} for a connection
     * and fails as rejected after that (pool exhaustion).
     */
    record Database(String id, int maxConnections, Distribution queryTime, double poolWaitMs) implements Component {
    }

    /**
     * A broker holding up to {@code capacity} messages (a publish beyond it is rejected) and {@code consumers}
     * that each take one message at a time, work {@code consumerTime} and make their calls.
     */
    record Queue(String id, int capacity, int consumers, Distribution consumerTime, List<Call> calls) implements Component {
        public Queue {
            calls = List.copyOf(calls);
        }
    }

    /** A third party: answers after {@code latency}, fails a share {@code errorRate} of calls. Unlimited concurrency. */
    record External(String id, Distribution latency, double errorRate) implements Component {
    }
}
