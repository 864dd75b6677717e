package dk.kreds.application.service;

import dk.kreds.application.port.in.ShowFieldOverviewUseCase;
import dk.kreds.application.port.out.ActorRepository;
import dk.kreds.domain.field.FieldOverview;

/** The overview of the field, from every actor that is not archived. */
public final class FieldOverviewService implements ShowFieldOverviewUseCase {

  private final ActorRepository actors;

  public FieldOverviewService(ActorRepository actors) {
    this.actors = actors;
  }

  @Override
  public FieldOverview show() {
    return FieldOverview.of(actors.activeSummaries());
  }
}
