package dk.kreds.application.port.in;

import dk.kreds.domain.field.FieldOverview;

/** Gives an overview of the field: actors by kind, region and activity, and common interests. */
public interface ShowFieldOverviewUseCase extends ReadOnlyUseCase {

  /**
   * Summarises the field from every actor that is not archived.
   *
   * @return the overview, names and regions in Danish order
   */
  FieldOverview show();
}
