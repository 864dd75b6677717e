package dk.kreds.application.port.in;

import dk.kreds.domain.field.FieldOverview;

/** Gives an overview of the field: actors by kind, region and activity, and common interests. */
public interface ShowFieldOverviewUseCase {

  FieldOverview show();
}
