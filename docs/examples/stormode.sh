#!/usr/bin/env bash
# The Stormøde of 25 November 2014, replayed through the kreds command line alone: the same data as
# `kreds demo` (application/.../service/StormodeData.java), step by step, each step at the time it took
# place (KREDS_NOW). app/src/test/java/dk/kreds/app/ScenarioScriptTest.java runs this file line by line
# and compares the write-up with `kreds demo --format json`.
#
# Run it into a fresh database:  KREDS_HOME=$(mktemp -d) bash docs/examples/stormode.sh
set -euo pipefail
kreds() { "${KREDS:-./kreds}" "$@"; }

# The field, the circle and the plan (1 October 2014)
export KREDS_NOW=2014-10-01T09:00:00+02:00
kreds actor add "Kooperationen" --kind interest-organisation --region "København" --activity "interessevaretagelse" --activity "rådgivning"
kreds actor add "Sociale Entreprenører i Danmark" --kind interest-organisation --region "København" --activity "netværk" --activity "interessevaretagelse"
kreds actor add "Center for socialt entreprenørskab" --kind research --region "Roskilde" --activity "forskning" --activity "uddannelse"
kreds actor add "Teknologisk Institut" --kind research --region "Taastrup" --activity "rådgivning" --activity "forskning"
kreds actor add "Det kommunale netværk for social innovation" --kind network --region "Taastrup" --activity "netværk" --activity "social innovation" --parent "Teknologisk Institut"
kreds actor add "Den Sociale Kapitalfond" --kind fund --region "København" --activity "finansiering" --activity "rådgivning"
kreds actor add "Brancheforeningen for socialøkonomiske virksomheder i Danmark" --kind interest-organisation --region "København" --activity "interessevaretagelse" --activity "netværk"
kreds actor add "Landsforeningen for Økosamfund" --kind ngo --region "Hele landet" --activity "netværk" --activity "bæredygtighed"
kreds actor add "SUS – Social+" --kind ngo --region "København" --activity "rådgivning" --activity "social innovation"
kreds actor add "CABI" --kind public-body --region "Aarhus" --activity "rådgivning" --activity "beskæftigelse"
kreds actor add "CBS Social Entrepreneurship" --kind education --region "Frederiksberg" --activity "uddannelse" --activity "forskning"
kreds actor add "Frivilligt Forum" --kind ngo --region "Hele landet" --activity "netværk" --activity "frivillighed"
kreds actor add "Vækstcenter for socialøkonomiske virksomheder" --kind growth-centre --region "København" --activity "rådgivning" --activity "finansiering"
kreds actor add "Dansk Erhverv – Selveje Danmark" --kind interest-organisation --region "København" --activity "interessevaretagelse"
kreds actor add "Foreningen for social innovation" --kind ngo --region "København" --activity "netværk" --activity "social innovation"
kreds actor add "University College Lillebaelt – masterclass i socialt entreprenørskab" --kind education --region "Odense" --activity "uddannelse"
kreds actor add "Reach for Change" --kind ngo --region "København" --activity "finansiering" --activity "inkubator"
kreds actor add "Fonden for Entreprenørskab – Social Enterprise Programme" --kind fund --region "Odense" --activity "uddannelse" --activity "finansiering"
kreds actor add "VIA – Bachelor i Sociale entreprenørskab" --kind education --region "Aarhus" --activity "uddannelse"
kreds actor add "BL – Danmarks Almene Boliger" --kind housing-association --region "København" --activity "interessevaretagelse" --activity "boligsocialt arbejde"
kreds actor add "Socialøkonomi Nordjylland" --kind network --region "Aalborg" --activity "netværk"
kreds actor add "Netværk for socialøkonomiske virksomheder i Vejle" --kind network --region "Vejle" --activity "netværk"
kreds actor add "KBH+" --kind network --region "København" --activity "netværk" --activity "rådgivning"
kreds actor add "SFI – Det Nationale Forskningscenter for Velfærd" --kind research --region "København" --activity "forskning"
kreds actor add "Udvalget for socialøkonomiske virksomheder" --kind public-body --region "København" --activity "analyse"
kreds contact add "Sociale Entreprenører i Danmark" --name "Per Bach" --email per@timebank.dk --basis legitimate-interest
kreds contact add Kooperationen --name "Anne Worning" --email aw@kooperationen.dk --basis legitimate-interest
kreds circle create "Kredsen af aktører i det socialøkonomiske felt" --convener Kooperationen --convener "Sociale Entreprenører i Danmark"
kreds circle add "Kredsen af aktører i det socialøkonomiske felt" "Kooperationen" "Sociale Entreprenører i Danmark" "Center for socialt entreprenørskab" "Det kommunale netværk for social innovation" "Den Sociale Kapitalfond" "Brancheforeningen for socialøkonomiske virksomheder i Danmark" "Landsforeningen for Økosamfund" "SUS – Social+" "CABI" "CBS Social Entrepreneurship" "Frivilligt Forum" "Vækstcenter for socialøkonomiske virksomheder" "Dansk Erhverv – Selveje Danmark" "Foreningen for social innovation" "University College Lillebaelt – masterclass i socialt entreprenørskab" "Reach for Change" "Fonden for Entreprenørskab – Social Enterprise Programme" "VIA – Bachelor i Sociale entreprenørskab" "BL – Danmarks Almene Boliger" "Socialøkonomi Nordjylland" "Netværk for socialøkonomiske virksomheder i Vejle" "KBH+"
kreds meeting plan "Kredsen af aktører i det socialøkonomiske felt" --title "Stormøde for aktører i det socialøkonomiske felt i Danmark" \
  --start 2014-11-25T13:00 --end 16:00 --venue Kooperationen --city København \
  --purpose "At samle centrale aktører på det socialøkonomiske felt for at få et overblik over aktørerne og deres aktiviteter, og for at afklare, om der er perspektiv i koordinering og samarbejde – og dermed om det er muligt at finde fælles interesser, der samlet kan styrke socialøkonomien." \
  --round presentation --round "dialogue:3:Udfordringerne for socialøkonomien" --round closing --write-up-due 2014-12-15

# Invitations (15 October) and answers (14 November)
export KREDS_NOW=2014-10-15T10:00:00+02:00
kreds meeting invite 2014-11-25 --members
export KREDS_NOW=2014-11-14T12:00:00+01:00
kreds meeting respond 2014-11-25 "Kooperationen" accept
kreds meeting respond 2014-11-25 "Sociale Entreprenører i Danmark" accept
kreds meeting respond 2014-11-25 "Center for socialt entreprenørskab" accept
kreds meeting respond 2014-11-25 "Det kommunale netværk for social innovation" accept
kreds meeting respond 2014-11-25 "Den Sociale Kapitalfond" accept
kreds meeting respond 2014-11-25 "Brancheforeningen for socialøkonomiske virksomheder i Danmark" accept
kreds meeting respond 2014-11-25 "Landsforeningen for Økosamfund" decline
kreds meeting respond 2014-11-25 "SUS – Social+" accept
kreds meeting respond 2014-11-25 "CABI" accept
kreds meeting respond 2014-11-25 "CBS Social Entrepreneurship" accept
kreds meeting respond 2014-11-25 "Frivilligt Forum" accept
kreds meeting respond 2014-11-25 "Vækstcenter for socialøkonomiske virksomheder" accept
kreds meeting respond 2014-11-25 "Dansk Erhverv – Selveje Danmark" accept
kreds meeting respond 2014-11-25 "Foreningen for social innovation" accept
kreds meeting respond 2014-11-25 "University College Lillebaelt – masterclass i socialt entreprenørskab" decline
kreds meeting respond 2014-11-25 "Reach for Change" decline
kreds meeting respond 2014-11-25 "Fonden for Entreprenørskab – Social Enterprise Programme" decline
kreds meeting respond 2014-11-25 "VIA – Bachelor i Sociale entreprenørskab" decline
kreds meeting respond 2014-11-25 "BL – Danmarks Almene Boliger" accept
kreds meeting respond 2014-11-25 "Socialøkonomi Nordjylland" decline
kreds meeting respond 2014-11-25 "Netværk for socialøkonomiske virksomheder i Vejle" decline
kreds meeting respond 2014-11-25 "KBH+" accept

# Written contributions from those who cannot come (21 November)
export KREDS_NOW=2014-11-21T12:00:00+01:00
kreds meeting contribute 2014-11-25 "Landsforeningen for Økosamfund" --form written --presentation "Vi samler økosamfund, der driver fællesskaber med socialt og grønt sigte." --challenge "Socialøkonomiske fællesskaber på landet mangler synlighed."
kreds meeting contribute 2014-11-25 "University College Lillebaelt – masterclass i socialt entreprenørskab" --form written --presentation "Vi uddanner fagfolk i socialt entreprenørskab gennem en masterclass." --challenge "Der mangler praktikpladser i socialøkonomiske virksomheder."
kreds meeting contribute 2014-11-25 "Reach for Change" --form written --presentation "Vi finder og støtter sociale iværksættere med kapital og rådgivning." --challenge "Sociale iværksættere har svært ved at finde tidlig kapital."
kreds meeting contribute 2014-11-25 "Fonden for Entreprenørskab – Social Enterprise Programme" --form written --presentation "Vi bringer entreprenørskab ind i undervisningen på alle niveauer." --challenge "Socialt entreprenørskab fylder for lidt i uddannelserne."
kreds meeting contribute 2014-11-25 "VIA – Bachelor i Sociale entreprenørskab" --form written --presentation "Vi udbyder en bacheloruddannelse i socialt entreprenørskab." --challenge "Vidensdeling mellem uddannelserne er tilfældig." --mention "SFI – Det Nationale Forskningscenter for Velfærd"
kreds meeting contribute 2014-11-25 "Socialøkonomi Nordjylland" --form written --presentation "Vi er et regionalt netværk af socialøkonomiske virksomheder." --challenge "Indsatsen er koncentreret i København." --mention "Udvalget for socialøkonomiske virksomheder"
kreds meeting contribute 2014-11-25 "Netværk for socialøkonomiske virksomheder i Vejle" --form written --presentation "Vi samler de socialøkonomiske virksomheder i Vejle." --challenge "Kommunerne køber for sjældent ind hos socialøkonomiske virksomheder."

# The day: attendance, the dialogue groups and what they raised (25 November)
export KREDS_NOW=2014-11-25T13:05:00+01:00
kreds meeting attend 2014-11-25 --absent "Landsforeningen for Økosamfund" --absent "University College Lillebaelt – masterclass i socialt entreprenørskab" --absent "Reach for Change" --absent "Fonden for Entreprenørskab – Social Enterprise Programme" --absent "VIA – Bachelor i Sociale entreprenørskab" --absent "Socialøkonomi Nordjylland" --absent "Netværk for socialøkonomiske virksomheder i Vejle" --others present
export KREDS_NOW=2014-11-25T14:00:00+01:00
# Mixes the 15 present into the three groups of the dialogue round (seed 1, as the demo does).
kreds meeting groups 2014-11-25 --seed 1
kreds meeting challenge 2014-11-25 "Der er ingen fælles definition af socialøkonomisk virksomhed." --group 1
kreds meeting challenge 2014-11-25 "Feltet mangler overblik over, hvem der gør hvad." --group 1
kreds meeting challenge 2014-11-25 "Adgangen til kapital og offentlige udbud er vanskelig." --group 2
kreds meeting challenge 2014-11-25 "Den nye lov om registrerede socialøkonomiske virksomheder skal gøres kendt." --group 2
kreds meeting challenge 2014-11-25 "Aktørerne konkurrerer om de samme midler i stedet for at samarbejde." --group 3
kreds meeting challenge 2014-11-25 "Der mangler fælles strategier og tiltag på tværs af feltet." --group 3

# The closing round and carrying it forward
export KREDS_NOW=2014-11-25T15:30:00+01:00
kreds meeting decide 2014-11-25 "Deltagerkredsen mødes igen, for eksempel hvert halve år, for at videreudvikle socialøkonomien og diskutere eventuelle fælles strategier og tiltag." --kind consensus
kreds meeting decide 2014-11-25 "Kredsen suppleres med relevante deltagere." --kind consensus
kreds circle cadence "Kredsen af aktører i det socialøkonomiske felt" 6
kreds circle working-group "Kredsen af aktører i det socialøkonomiske felt" "Per Bach" "Anne Worning"
kreds circle channel "Kredsen af aktører i det socialøkonomiske felt" "Socialøkonomisk Netværk"
kreds meeting action 2014-11-25 "Sammenskrivning fra mødet lægges på siden" --owner "Per Bach" --due 2014-12-15
kreds meeting follow-up 2014-11-25
export KREDS_NOW=2014-11-27T10:00:00+01:00
kreds theme post "Kredsen af aktører i det socialøkonomiske felt" --title "Opsamling fra Stormødet" --body "Tak for et godt møde. Hvilke fælles tiltag skal vi tage op først?" --author "Anne Worning"

# The write-up, published (12 December)
export KREDS_NOW=2014-12-12T10:00:00+01:00
kreds meeting writeup 2014-11-25 > /dev/null
kreds meeting publish 2014-11-25
kreds meeting writeup 2014-11-25 --json
