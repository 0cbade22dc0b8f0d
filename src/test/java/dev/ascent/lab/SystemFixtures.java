package dev.ascent.lab;

/** A model that uses every kind of component, call option and fault, for tests to break one thing at a time. */
public final class SystemFixtures {

    private SystemFixtures() {
    }

    public static final String VALID = """
            format: ascent/system@1
            id: shop
            title: A small shop
            summary: Checkout calls payments; the catalogue reads through a cache.
            topics: [backend/caching, backend/message-queues]
            duration: 120s
            seed: 42
            workload:
              entry: edge
              arrivals: {poisson: 200}
              types:
                - {id: browse, share: 0.8}
                - {id: checkout, share: 0.2}
            components:
              - id: edge
                kind: load-balancer
                policy: least-connections
                targets: [web]
              - id: web
                kind: service
                replicas: 3
                concurrency: 10
                queue: 50
                serviceTime: {exponential: 10ms}
                serviceTimeByType:
                  checkout: {lognormal: {median: 20ms, p99: 200ms}}
                calls:
                  - {to: cache, timeout: 200ms}
                  - to: payments
                    probability: 0.2
                    timeout: 2s
                    retry: {attempts: 3, backoff: 100ms, multiplier: 2, jitter: true}
                    circuitBreaker: {failureRatio: 0.5, window: 20, openFor: 10s}
                    rateLimit: {perSecond: 100, burst: 20}
                    bulkhead: {maxConcurrent: 10}
                  - {to: emails, async: true, probability: 0.2}
                autoscaling: {targetUtilisation: 0.6, min: 2, max: 6, provisioning: 30s, evaluateEvery: 10s}
              - id: cache
                kind: cache
                hitRatio: 0.9
                hitLatency: {constant: 1ms}
                ttl: 30s
                onMiss: {to: db, timeout: 1s}
              - id: db
                kind: database
                connections: 20
                queryTime: {percentiles: {p50: 5ms, p90: 12ms, p99: 40ms}}
                poolWait: 500ms
              - id: emails
                kind: queue
                capacity: 1000
                consumers: 2
                consumerTime: {constant: 50ms}
                calls:
                  - {to: mailer}
              - id: mailer
                kind: external
                latency: {exponential: 80ms}
                errorRate: 0.01
              - id: payments
                kind: external
                latency: {lognormal: {median: 100ms, p99: 900ms}}
            faults:
              - {at: 20s, kind: kill-replicas, component: web, count: 1, restoreAfter: 30s}
              - {at: 30s, kind: slow, component: payments, factor: 5, for: 20s}
              - {at: 40s, kind: error-burst, component: mailer, errorRate: 0.5, for: 10s}
              - {at: 50s, kind: failover, component: db, pause: 5s}
              - {at: 60s, kind: partition, from: web, to: payments, for: 10s}
              - {at: 70s, kind: cache-flush, component: cache}
            """;
}
