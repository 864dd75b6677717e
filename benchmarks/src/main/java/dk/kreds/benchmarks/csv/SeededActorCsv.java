package dk.kreds.benchmarks.csv;

import dk.kreds.domain.actor.Cvr;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded actor CSV file as an organiser's spreadsheet exports it (Danish headers, {@code ;}, BOM):
 * distinct names with æ/ø/å, a valid CVR number on every other row, one contact person per row.
 * The same seed and size always give the same bytes.
 */
public final class SeededActorCsv {

  static final String HEADER = "navn;kortnavn;type;cvr;hjemmeside;region;beskrivelse;aktiviteter;rsv;kontaktperson;rolle;email;telefon";
  private static final String[] REGIONS = {"København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Vejle", "Næstved", "Ærø"};
  private static final String[] KINDS = {"NGO", "Virksomhed", "Netværk", "Fond eller investor", "Uddannelsesinstitution"};
  private static final String[] FIRST = {"Anne", "Per", "Søren", "Åse", "Jørgen", "Mette", "Lærke", "Ole"};

  private SeededActorCsv() {}

  /** The rows' cells, without the header. */
  static List<String[]> rows(int count, long seed) {
    Random random = new Random(seed);
    List<String[]> rows = new ArrayList<>(count);
    int cvrSeed = 1_000_000;
    for (int i = 0; i < count; i++) {
      String cvr = "";
      if (i % 2 == 0) {
        int digit;
        do {
          digit = Cvr.checkDigit(String.valueOf(cvrSeed++));
        } while (digit < 0);
        cvr = (cvrSeed - 1) + String.valueOf(digit);
      }
      String person = FIRST[random.nextInt(FIRST.length)] + " Ø. Hansen";
      rows.add(new String[] {
          "Socialøkonomisk aktør nr. " + i, "SØA" + i, KINDS[random.nextInt(KINDS.length)], cvr,
          "https://aktor" + i + ".dk", REGIONS[random.nextInt(REGIONS.length)], "Arbejder med inklusion og beskæftigelse",
          "rådgivning | netværk", random.nextBoolean() ? "ja" : "nej", person, "projektleder",
          "kontakt" + i + "@aktor" + i + ".dk", "+45" + (20_000_000 + random.nextInt(79_999_999))});
    }
    return rows;
  }

  /** Writes {@code count} rows made from {@code seed} to {@code file}. */
  static void write(Path file, int count, long seed) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("\uFEFF" + HEADER + "\r\n");
      for (String[] row : rows(count, seed)) {
        // No cell holds ; or a quote; the phone's leading + gets the export's formula guard.
        row[12] = "'" + row[12];
        out.write(String.join(";", row) + "\r\n");
      }
    }
  }

  /** {@code java -cp benchmarks.jar dk.kreds.benchmarks.csv.SeededActorCsv FILE [ROWS] [SEED]} */
  public static void main(String[] args) throws IOException {
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    write(Path.of(args[0]), count, seed);
  }
}
