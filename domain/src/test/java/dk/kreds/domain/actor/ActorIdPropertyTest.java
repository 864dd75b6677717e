package dk.kreds.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** ActorId writes out equals and hashCode for start-up's sake: they must be a record's. */
class ActorIdPropertyTest {

  @Property
  void givenTwoIds_thenEqualExactlyWhenTheirUuidsAre(@ForAll long high, @ForAll long low, @ForAll long otherLow) {
    ActorId id = new ActorId(new UUID(high, low));
    ActorId same = new ActorId(new UUID(high, low));
    ActorId other = new ActorId(new UUID(high, otherLow));

    assertThat(id).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(new ContactPersonId(id.value()));
    assertThat(id.equals(other)).isEqualTo(low == otherLow);
    assertThat(id.hashCode()).isEqualTo(id.value().hashCode());
  }
}
