package dk.kreds.domain.actor;

/** What kind of organisation an actor is. The closed set covers every kind seen in the field so far. */
public enum ActorKind {
  /** Universities, university colleges, programmes (uddannelsesinstitution). */
  EDUCATION,
  /** Interest and trade organisations (interesse- og brancheorganisation). */
  INTEREST_ORGANISATION,
  /** Non-governmental and voluntary organisations (NGO, frivillig organisation). */
  NGO,
  /** State, regional and municipal bodies (statslig/kommunal virksomhed). */
  PUBLIC_BODY,
  /** Funds and social investors (fond, investor). */
  FUND,
  /** Networks of organisations or people (netværk). */
  NETWORK,
  /** Research and knowledge centres (forsknings- og videnscenter). */
  RESEARCH,
  /** Public growth centres (vækstcenter). */
  GROWTH_CENTRE,
  /** Housing associations (boligorganisation). */
  HOUSING_ASSOCIATION,
  /** Enterprises, e.g. social-economy businesses (virksomhed). */
  ENTERPRISE,
  /** Anything else. */
  OTHER
}
