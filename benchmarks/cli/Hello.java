import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The baseline of the CLI start-up benchmark: a bare picocli command that prints a line. */
@Command(name = "hello", mixinStandardHelpOptions = true)
public class Hello implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println("hello");
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Hello()).execute(args));
  }
}
