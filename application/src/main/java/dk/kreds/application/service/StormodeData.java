package dk.kreds.application.service;

import static dk.kreds.domain.actor.ActorKind.EDUCATION;
import static dk.kreds.domain.actor.ActorKind.FUND;
import static dk.kreds.domain.actor.ActorKind.GROWTH_CENTRE;
import static dk.kreds.domain.actor.ActorKind.HOUSING_ASSOCIATION;
import static dk.kreds.domain.actor.ActorKind.INTEREST_ORGANISATION;
import static dk.kreds.domain.actor.ActorKind.NETWORK;
import static dk.kreds.domain.actor.ActorKind.NGO;
import static dk.kreds.domain.actor.ActorKind.PUBLIC_BODY;
import static dk.kreds.domain.actor.ActorKind.RESEARCH;

import dk.kreds.domain.actor.ActorKind;
import java.util.List;
import java.util.Set;

/**
 * The data of the Stormøde of 25 November 2014. Names, conveners, the 22 invited, the working group,
 * the channel and the dates come from the source page; kinds, regions, activities, who came and what
 * was said are illustrative (see docs/domain.md).
 */
final class StormodeData {

  private StormodeData() {}

  record Entry(String name, ActorKind kind, String region, List<String> activities, String parent) {}

  record Written(String actor, String presentation, List<String> challenges, List<String> mentions) {}

  static final String KOOPERATIONEN = "Kooperationen";
  static final String SOCIALE_ENTREPRENOERER = "Sociale Entreprenører i Danmark";
  private static final String TEKNOLOGISK_INSTITUT = "Teknologisk Institut";
  private static final String SFI = "SFI – Det Nationale Forskningscenter for Velfærd";
  private static final String UDVALGET = "Udvalget for socialøkonomiske virksomheder";

  private static final String NETVAERK = "netværk";
  private static final String RAADGIVNING = "rådgivning";
  private static final String UDDANNELSE = "uddannelse";
  private static final String INTERESSEVARETAGELSE = "interessevaretagelse";
  private static final String FINANSIERING = "finansiering";
  private static final String FORSKNING = "forskning";

  /** Every actor registered, in the page's order; a parent comes before the actor it hosts. */
  static final List<Entry> ACTORS = List.of(
      new Entry(KOOPERATIONEN, INTEREST_ORGANISATION, "København", List.of(INTERESSEVARETAGELSE, RAADGIVNING), null),
      new Entry(SOCIALE_ENTREPRENOERER, INTEREST_ORGANISATION, "København", List.of(NETVAERK, INTERESSEVARETAGELSE), null),
      new Entry("Center for socialt entreprenørskab", RESEARCH, "Roskilde", List.of(FORSKNING, UDDANNELSE), null),
      new Entry(TEKNOLOGISK_INSTITUT, RESEARCH, "Taastrup", List.of(RAADGIVNING, FORSKNING), null),
      new Entry("Det kommunale netværk for social innovation", NETWORK, "Taastrup", List.of(NETVAERK, "social innovation"), TEKNOLOGISK_INSTITUT),
      new Entry("Den Sociale Kapitalfond", FUND, "København", List.of(FINANSIERING, RAADGIVNING), null),
      new Entry("Brancheforeningen for socialøkonomiske virksomheder i Danmark", INTEREST_ORGANISATION, "København", List.of(INTERESSEVARETAGELSE, NETVAERK), null),
      new Entry("Landsforeningen for Økosamfund", NGO, "Hele landet", List.of(NETVAERK, "bæredygtighed"), null),
      new Entry("SUS – Social+", NGO, "København", List.of(RAADGIVNING, "social innovation"), null),
      new Entry("CABI", PUBLIC_BODY, "Aarhus", List.of(RAADGIVNING, "beskæftigelse"), null),
      new Entry("CBS Social Entrepreneurship", EDUCATION, "Frederiksberg", List.of(UDDANNELSE, FORSKNING), null),
      new Entry("Frivilligt Forum", NGO, "Hele landet", List.of(NETVAERK, "frivillighed"), null),
      new Entry("Vækstcenter for socialøkonomiske virksomheder", GROWTH_CENTRE, "København", List.of(RAADGIVNING, FINANSIERING), null),
      new Entry("Dansk Erhverv – Selveje Danmark", INTEREST_ORGANISATION, "København", List.of(INTERESSEVARETAGELSE), null),
      new Entry("Foreningen for social innovation", NGO, "København", List.of(NETVAERK, "social innovation"), null),
      new Entry("University College Lillebaelt – masterclass i socialt entreprenørskab", EDUCATION, "Odense", List.of(UDDANNELSE), null),
      new Entry("Reach for Change", NGO, "København", List.of(FINANSIERING, "inkubator"), null),
      new Entry("Fonden for Entreprenørskab – Social Enterprise Programme", FUND, "Odense", List.of(UDDANNELSE, FINANSIERING), null),
      new Entry("VIA – Bachelor i Sociale entreprenørskab", EDUCATION, "Aarhus", List.of(UDDANNELSE), null),
      new Entry("BL – Danmarks Almene Boliger", HOUSING_ASSOCIATION, "København", List.of(INTERESSEVARETAGELSE, "boligsocialt arbejde"), null),
      new Entry("Socialøkonomi Nordjylland", NETWORK, "Aalborg", List.of(NETVAERK), null),
      new Entry("Netværk for socialøkonomiske virksomheder i Vejle", NETWORK, "Vejle", List.of(NETVAERK), null),
      new Entry("KBH+", NETWORK, "København", List.of(NETVAERK, RAADGIVNING), null),
      new Entry(SFI, RESEARCH, "København", List.of(FORSKNING), null),
      new Entry(UDVALGET, PUBLIC_BODY, "København", List.of("analyse"), null));

  /** The 22 invited: the two conveners and the twenty named on the page; Teknologisk Institut came through its network. */
  static final List<String> INVITED = ACTORS.stream()
      .map(Entry::name)
      .filter(name -> !Set.of(TEKNOLOGISK_INSTITUT, SFI, UDVALGET).contains(name))
      .toList();

  /** The seven who did not come and wrote instead (illustrative: the page does not say who). */
  static final Set<String> ABSENT = Set.of(
      "Landsforeningen for Økosamfund",
      "University College Lillebaelt – masterclass i socialt entreprenørskab",
      "Reach for Change",
      "Fonden for Entreprenørskab – Social Enterprise Programme",
      "VIA – Bachelor i Sociale entreprenørskab",
      "Socialøkonomi Nordjylland",
      "Netværk for socialøkonomiske virksomheder i Vejle");

  static final String PURPOSE = "At samle centrale aktører på det socialøkonomiske felt for at få et overblik over "
      + "aktørerne og deres aktiviteter, og for at afklare, om der er perspektiv i koordinering og samarbejde – og "
      + "dermed om det er muligt at finde fælles interesser, der samlet kan styrke socialøkonomien.";

  /** The written contributions of the seven (illustrative). */
  static final List<Written> CONTRIBUTIONS = List.of(
      new Written("Landsforeningen for Økosamfund",
          "Vi samler økosamfund, der driver fællesskaber med socialt og grønt sigte.",
          List.of("Socialøkonomiske fællesskaber på landet mangler synlighed."), List.of()),
      new Written("University College Lillebaelt – masterclass i socialt entreprenørskab",
          "Vi uddanner fagfolk i socialt entreprenørskab gennem en masterclass.",
          List.of("Der mangler praktikpladser i socialøkonomiske virksomheder."), List.of()),
      new Written("Reach for Change",
          "Vi finder og støtter sociale iværksættere med kapital og rådgivning.",
          List.of("Sociale iværksættere har svært ved at finde tidlig kapital."), List.of()),
      new Written("Fonden for Entreprenørskab – Social Enterprise Programme",
          "Vi bringer entreprenørskab ind i undervisningen på alle niveauer.",
          List.of("Socialt entreprenørskab fylder for lidt i uddannelserne."), List.of()),
      new Written("VIA – Bachelor i Sociale entreprenørskab",
          "Vi udbyder en bacheloruddannelse i socialt entreprenørskab.",
          List.of("Vidensdeling mellem uddannelserne er tilfældig."), List.of(SFI)),
      new Written("Socialøkonomi Nordjylland",
          "Vi er et regionalt netværk af socialøkonomiske virksomheder.",
          List.of("Indsatsen er koncentreret i København."), List.of(UDVALGET)),
      new Written("Netværk for socialøkonomiske virksomheder i Vejle",
          "Vi samler de socialøkonomiske virksomheder i Vejle.",
          List.of("Kommunerne køber for sjældent ind hos socialøkonomiske virksomheder."), List.of()));

  /** The challenges each dialogue group raised (illustrative). */
  static final List<List<String>> GROUP_CHALLENGES = List.of(
      List.of("Der er ingen fælles definition af socialøkonomisk virksomhed.",
          "Feltet mangler overblik over, hvem der gør hvad."),
      List.of("Adgangen til kapital og offentlige udbud er vanskelig.",
          "Den nye lov om registrerede socialøkonomiske virksomheder skal gøres kendt."),
      List.of("Aktørerne konkurrerer om de samme midler i stedet for at samarbejde.",
          "Der mangler fælles strategier og tiltag på tværs af feltet."));

  static final String DECISION_MEET_AGAIN = "Deltagerkredsen mødes igen, for eksempel hvert halve år, for at "
      + "videreudvikle socialøkonomien og diskutere eventuelle fælles strategier og tiltag.";

  static final String DECISION_SUPPLEMENT = "Kredsen suppleres med relevante deltagere.";
}
