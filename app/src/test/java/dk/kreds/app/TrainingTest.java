package dk.kreds.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingTest {

  @Test
  void givenAFreshDatabase_whenTraining_thenEveryCommandSucceeds() throws Exception {
    assertThat(Training.run()).isEmpty();
  }
}
