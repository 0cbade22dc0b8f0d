package dev.ascent.practice;

/** A small scenario for tests: three kinds of signal, two options (one strong), three rubric lines. */
public final class ScenarioFixtures {

    private ScenarioFixtures() {
    }

    public static final String VALID = """
            format: ascent/scenario@1
            id: slow-checkout
            version: 2
            title: Checkout got slow on Fridays
            level: senior
            theme: fails under certain conditions
            minutes: 25
            summary: Checkout is slow only on Friday evenings.
            topics: [backend/caching, backend/sql-basics]
            situation: >-
              Every Friday at 18:00 checkout p99 **triples**.
            signals:
              - type: metric
                title: Checkout p99
                unit: ms
                labels: ["17:00", "18:00", "19:00"]
                series:
                  - name: p99
                    points: [180, 620, 240]
              - type: log
                title: Worker log
                lines: ["18:01 pool exhausted"]
              - type: message
                from: Sam
                role: Support lead
                text: Customers say the pay button spins.
            questions:
              - What runs at 18:00 on Fridays?
              - Is the slowness in our code or a dependency?
            options:
              - id: add-servers
                title: Add servers for Friday evenings
                summary: Double the instances from 17:30.
                pros: [Quick to do]
                cons: [Hides the cause]
                consequence: The database, not the servers, was the limit; p99 stayed high.
                quality: weak
              - id: find-the-job
                title: Find what runs at 18:00
                summary: Read the scheduler and correlate.
                pros: [Finds the cause]
                cons: [Takes a day]
                consequence: A weekly report locked the orders table; moving it fixed checkout.
                quality: strong
            debrief: Look for what is periodic before adding capacity.
            rubric:
              - {id: problem-framing, title: Sees the pattern, good: Notices the weekly rhythm before acting.}
              - {id: risk, title: Weighs the risk, good: Keeps checkout safe while investigating.}
              - {id: communication, title: Keeps support informed, good: Tells support what to say to customers.}
            """;
}
