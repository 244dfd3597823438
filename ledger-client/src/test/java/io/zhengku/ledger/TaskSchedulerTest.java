package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TaskSchedulerTest {

    private final List<Runnable> handedToWorkers = new ArrayList<>();
    private final ScheduledExecutorService timer = mock(ScheduledExecutorService.class);
    private final TaskScheduler scheduler = TaskScheduler.of(handedToWorkers::add, timer);

    @Test
    void work_goes_to_the_workers() {
        Runnable task = () -> { };

        scheduler.execute(task);

        assertThat(handedToWorkers).containsExactly(task);
    }

    @Test
    void the_timer_only_hands_delayed_work_to_the_workers() {
        List<String> ran = new ArrayList<>();
        ArgumentCaptor<Runnable> timed = ArgumentCaptor.forClass(Runnable.class);

        scheduler.schedule(Duration.ofMillis(250), () -> ran.add("task"));
        verify(timer).schedule(timed.capture(), eq(250_000_000L), eq(TimeUnit.NANOSECONDS));
        timed.getValue().run();

        assertThat(ran).isEmpty();
        assertThat(handedToWorkers).hasSize(1);
        handedToWorkers.get(0).run();
        assertThat(ran).containsExactly("task");
    }
}
