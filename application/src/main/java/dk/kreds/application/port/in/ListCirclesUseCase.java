package dk.kreds.application.port.in;

import dk.kreds.domain.circle.Circle;
import dk.kreds.domain.shared.DanishOrder;
import java.util.List;

/** Lists the circles by name in Danish order. */
public interface ListCirclesUseCase extends ReadOnlyUseCase {

  /**
   * Lists every circle, sorted by name as a Danish reader expects ({@link DanishOrder}); changing what
   * is returned changes nothing stored.
   *
   * @return the circles with their members, cadence, working group, channel and themes
   */
  List<Circle> list();
}
