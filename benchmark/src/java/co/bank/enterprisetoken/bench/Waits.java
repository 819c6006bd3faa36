package co.bank.enterprisetoken.bench;

import java.util.ArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Tells the benchmark driver, after the engine's transaction commits, that a case reached a wait
 * state (a user task was created, the activation message is awaited) or ended. This replaces polling
 * (which would itself load the database): the driver plays the branch staff and the portal, acting
 * as soon as the case waits for them, so the measured latency holds no human wait.
 *
 * <p>Cases are identified by their {@code deviceSerial} variable (known to the driver before the
 * portal answers with the confirmation number). Only watched serials are reported.
 */
public final class Waits extends AbstractProcessEnginePlugin {

  public record Event(String what, String id, String processInstanceId) {}

  private static final ConcurrentHashMap<String, BlockingQueue<Event>> WATCHED =
      new ConcurrentHashMap<>();

  public static void watch(String serial) {
    WATCHED.put(serial, new LinkedBlockingQueue<>());
  }

  public static void unwatch(String serial) {
    WATCHED.remove(serial);
  }

  /** Waits for {@code what} (an activity id, or "end") on the case of {@code serial}. */
  public static Event await(String serial, String what, long timeoutSeconds) {
    BlockingQueue<Event> queue = WATCHED.get(serial);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        Event e = queue.poll(Math.max(left, 0), TimeUnit.NANOSECONDS);
        if (e == null) {
          throw new IllegalStateException("Case of " + serial + " never reached " + what);
        }
        if (e.what().equals(what)) {
          return e;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Waits until no job of the case is due: the driver's "human" acts only after the parallel
   * e-mail jobs ran, as a real branch clerk or admin (minutes later) always does. Acting within
   * milliseconds collides with those jobs (OptimisticLockingException in the job, retried only after
   * the mail retry cycle, 2 minutes) - see BENCHMARKS.md.
   */
  public static void quiesce(org.camunda.bpm.engine.ProcessEngine engine, String processInstanceId) {
    var jobs = engine.getManagementService();
    for (int i = 0; i < 6000; i++) {
      if (jobs.createJobQuery().processInstanceId(processInstanceId).executable().count() == 0) {
        return;
      }
      try {
        Thread.sleep(15);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static void emit(Object serial, String what, String id, String pi) {
    if (serial == null) {
      return;
    }
    BlockingQueue<Event> queue = WATCHED.get(serial.toString());
    if (queue == null) {
      return;
    }
    Event event = new Event(what, id, pi);
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      queue.add(event);
    } else {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
          c -> queue.add(event));
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> emit(
                task.getVariable("deviceSerial"), task.getTaskDefinitionKey(), task.getId(),
                task.getProcessInstanceId()));
      }

      // The wait after the delivery: its message events start only once one of them arrives.
      @Override
      public void parseEventBasedGateway(Element element, ScopeImpl scope,
          ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
            emit(execution.getVariable("deviceSerial"), execution.getCurrentActivityId(),
                execution.getId(), execution.getProcessInstanceId()));
      }

      @Override
      public void parseIntermediateMessageCatchEventDefinition(Element element,
          ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
            emit(execution.getVariable("deviceSerial"), execution.getCurrentActivityId(),
                execution.getId(), execution.getProcessInstanceId()));
      }

      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity definition) {
        definition.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution ->
            emit(execution.getVariable("deviceSerial"), "end:" + definition.getKey(),
                execution.getProcessInstanceId(), execution.getProcessInstanceId()));
      }
    });
  }
}
