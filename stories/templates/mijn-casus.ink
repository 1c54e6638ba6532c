# titel: Mijn casus (voorbeeld)
# kind: Sam, 13 jaar
# leeftijd: 13
# thema: Signalen van criminele uitbuiting herkennen en bespreken
# rol: Mentor op een middelbare school
# duur: 10
# inhoud: Een voorbeeldcasus om mee te leren schrijven. Sam is 13 en verzuimt; iemand zet hem onder druk om pakketjes rond te brengen. Er komt niets expliciets in voor.

// Kopieer dit bestand naar stories/mijn-casus.ink en pas het aan. Zie stories/README.md.
// zorg telt hoe goed de speler voor Sam zorgt; het einde hangt ervan af.
VAR zorg = 0

-> maandag

=== maandag ===
Maandag, eerste uur. De stoel van Sam is leeg. # plek: klaslokaal # tijd: Maandag, 8.30 uur
Het is de derde keer in twee weken dat Sam zonder bericht ontbreekt. # signaal: verzuim # waarom: Plotseling, onverklaard verzuim kan betekenen dat een kind ergens anders moet zijn. # bron: Tip 4
* [Ik noteer het verzuim en wacht af. #belang: -1 #feedback: Afwachten voelt veilig, maar zo blijft Sam alleen met wat er speelt. Verzuim is vaak het eerste zichtbare signaal. #bron: Tip 4]
* [Ik zoek Sam op zodra hij er weer is. #belang: +1 #feedback: Je laat merken dat je hem ziet. Dat maakt het makkelijker om later iets te vertellen. #bron: Tip 4; VRK art. 3]
  ~ zorg = zorg + 1
- Dinsdag, in de gang. Sam heeft nieuwe, dure schoenen en twee telefoons. # plek: gang # tijd: Dinsdag, 12.15 uur # signaal: nieuwe_spullen # waarom: Dure spullen die een kind niet zelf kan betalen, kunnen een beloning of een schuld zijn. # bron: Tip 4
* [Ik zeg: "Mooie schoenen. Heb je daar iets voor moeten doen?" #geen_schuld: -1 #feedback: De vraag klinkt als een verwijt. Een kind dat onder druk staat, hoort dan dat het zelf iets fout heeft gedaan. #bron: Tip 6; Gids hoofdstuk 2]
* [Ik zeg: "Je ziet er moe uit. Hoe gaat het echt met je?" #belang: +1 #geen_schuld: +1 #feedback: Je vraagt naar hem, niet naar wat hij doet. Zo blijft de deur open. #bron: Tip 6; VRK art. 12]
  ~ zorg = zorg + 1
- Sam kijkt naar zijn telefoon. "Ik doe wat klusjes voor een jongen uit de wijk. Pakketjes rondbrengen. Als ik stop, zegt hij dat ik hem geld schuld ben." # spreker: Sam # plek: spreekkamer # signaal: schuld_opgelegd # waarom: Een opgelegde schuld is een bekend drukmiddel bij criminele uitbuiting. # bron: art. 273f Sr
* [Ik zeg: "Dat is strafbaar, Sam. Daar moet je mee stoppen." #geen_schuld: -2 #feedback: Zo leg je de schuld bij Sam, terwijl een volwassene hem dwingt. Kinderen die zo worden ingezet, zijn slachtoffer van uitbuiting. #bron: Aanwijzing mensenhandel; Tip 6]
* [Ik zeg: "Fijn dat je het vertelt. Het is niet jouw schuld." #geen_schuld: +2 #feedback: Je legt de verantwoordelijkheid bij wie hem onder druk zet. Dat maakt het veiliger om verder te praten. #bron: Tip 6; VRK art. 19]
  ~ zorg = zorg + 1
* [Ik vraag of hij eerst iets wil drinken. #neutraal #feedback: Even rust nemen mag. Het gesprek gaat daarna verder. #bron: Tip 6]
- "Je gaat het toch niet doorvertellen?" # spreker: Sam
* [Ik zeg dat ik het voor me houd. #verwijzing: -2 #belang: -1 #feedback: Geheimhouding beloven kun je niet waarmaken, en zo blijft Sam zonder hulp. Vertel eerlijk wat je gaat doen. #bron: Meldcode stap 1; Tip 8]
* [Ik leg uit dat ik dit met de aandachtsfunctionaris bespreek, en waarom. #verwijzing: +2 #belang: +1 #feedback: Je bent eerlijk over wat je doet en houdt Sam op de hoogte. Overleggen is de eerste stap van de meldcode. #bron: Meldcode stap 2; VRK art. 12]
  ~ zorg = zorg + 1
- Sam wil niet dat zijn ouders het horen. "Dan wordt alles erger." # spreker: Sam
* [Ik bel zijn ouders meteen. #belang: -1 #feedback: Je gaat voorbij aan zijn angst. Vraag eerst waarom het erger zou worden: soms weten ouders meer, of worden ze zelf bedreigd. #bron: VRK art. 12; Tip 6]
* [Ik vraag waarom het erger zou worden, en zeg dat we samen kijken wie het moet weten. #belang: +1 #geen_schuld: +1 #feedback: Je neemt zijn angst serieus zonder iets te beloven wat je niet kunt waarmaken. #bron: VRK art. 12; Tip 6]
  ~ zorg = zorg + 1
- De aandachtsfunctionaris luistert. "Wat doen we hiermee?" # spreker: Aandachtsfunctionaris # plek: kantoor # tijd: Woensdag, 9 uur
* [We raadplegen Veilig Thuis en de zorgcoördinator mensenhandel. #verwijzing: +2 #feedback: Bij signalen van uitbuiting hoort advies van Veilig Thuis en de zorgcoördinator mensenhandel: zij weten hoe een kind wordt beschermd. #bron: Meldcode stap 2; Tip 8]
  ~ zorg = zorg + 1
* [We melden het bij de politie als drugszaak. #verwijzing: -1 #geen_schuld: -1 #feedback: Zo wordt Sam gezien als verdachte in plaats van als slachtoffer. Laat de zorgcoördinator mensenhandel meedenken over hoe de politie wordt betrokken. #bron: Aanwijzing mensenhandel; Tip 8]
- Donderdag zoekt Sam je op. Hij wil weten wat er nu gebeurt. # plek: spreekkamer # tijd: Donderdag, 15.30 uur
* [Ik spreek af dat ik er morgen weer ben, en vertel wie hem gaat helpen. #belang: +1 #feedback: Een vaste volwassene die blijft, is voor een kind onder druk een houvast. #bron: VRK art. 3; VRK art. 39]
  ~ zorg = zorg + 1
* [Ik zeg dat de hulpverlening het nu overneemt. #belang: -1 #feedback: Sam heeft jou in vertrouwen genomen. Als je nu loslaat, voelt dat als in de steek gelaten worden. #bron: VRK art. 3]
- -> afloop

=== afloop ===
{
- zorg >= 5:
  Sam krijgt hulp en heeft een vaste volwassene op school. De druk op hem wordt aangepakt. # einde: beschermd
- zorg >= 3:
  Er komt hulp, maar Sam vertrouwt nog niet iedereen. Hij blijft kwetsbaar. # einde: deels_beschermd
- else:
  Sam zegt niets meer. Na een maand is hij van school verdwenen. # einde: uit_beeld
}
-> END
