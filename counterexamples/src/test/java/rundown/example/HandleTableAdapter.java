package rundown.example;

import dev.rundown.replay.Observes;
import dev.rundown.replay.Performs;
import java.util.Map;

/**
 * Binds {@link HandleTable} to the actions of {@code models/bench/handles.rundown} for
 * {@code dev.rundown.replay.ActionAdapter#bind}: one {@link Performs} method per action the scenarios take (an
 * instance argument arrives as its 0-based index), and the observations compared with the model after each step.
 */
public final class HandleTableAdapter {
  private final HandleTable table;

  public HandleTableAdapter(HandleTable table) {
    this.table = table;
  }

  @Performs("open")
  public void open(int handle) {
    table.open(handle);
  }

  @Performs("send")
  public void send(int handle) {
    table.send(handle);
  }

  @Performs("cleanup")
  public void cleanup(int handle) {
    table.cleanup(handle);
  }

  /** The model completes one of the outstanding requests; this harness completes the first one. */
  @Performs("complete")
  public void complete(int handle) {
    Map<String, Object> now = table.snapshot();
    String first = "Handle" + (handle + 1) + ".s1";
    Object s1 = now.get(first);
    boolean firstOutstanding = s1 == HandleTable.Request.Pending || s1 == HandleTable.Request.CancelRequested;
    table.complete(handle, firstOutstanding ? 0 : 1);
  }

  @Performs("close")
  public void close(int handle) {
    table.close(handle);
  }

  @Observes
  public Map<String, Object> observe() {
    return table.snapshot();
  }
}
