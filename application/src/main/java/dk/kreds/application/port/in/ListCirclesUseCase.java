package dk.kreds.application.port.in;

import dk.kreds.domain.circle.Circle;
import java.util.List;

/** Lists every circle by name in Danish order. */
public interface ListCirclesUseCase {

  /**
   * Every circle, sorted by name as a Danish reader expects.
   *
   * @return the circles; changing them changes nothing stored
   */
  List<Circle> listCircles();
}
