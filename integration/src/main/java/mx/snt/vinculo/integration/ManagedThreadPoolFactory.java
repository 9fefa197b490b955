package mx.snt.vinculo.integration;

import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultThreadPoolFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Camel's pools, but with threads made by the container's managed thread factory: they
 * carry the application's class loader and are stopped with it.
 */
class ManagedThreadPoolFactory extends DefaultThreadPoolFactory {

    private final ThreadFactory managed;

    ManagedThreadPoolFactory(ThreadFactory managed) {
        this.managed = managed;
    }

    @Override
    public ExecutorService newCachedThreadPool(ThreadFactory ignored) {
        return super.newCachedThreadPool(managed);
    }

    @Override
    public ExecutorService newThreadPool(ThreadPoolProfile profile, ThreadFactory ignored) {
        return super.newThreadPool(profile, managed);
    }

    @Override
    public ExecutorService newThreadPool(int corePoolSize, int maxPoolSize, long keepAliveTime, TimeUnit timeUnit,
                                         int maxQueueSize, boolean allowCoreThreadTimeOut,
                                         RejectedExecutionHandler rejectedExecutionHandler, ThreadFactory ignored) {
        return super.newThreadPool(corePoolSize, maxPoolSize, keepAliveTime, timeUnit, maxQueueSize,
                allowCoreThreadTimeOut, rejectedExecutionHandler, managed);
    }

    @Override
    public ScheduledExecutorService newScheduledThreadPool(ThreadPoolProfile profile, ThreadFactory ignored) {
        return super.newScheduledThreadPool(profile, managed);
    }
}
